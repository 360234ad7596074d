/**
 * Statistical building blocks over primitive arrays: standard errors (CLT and clustered), the Wilson
 * interval, the percentile bootstrap, exact and t-based p-values, and multiple-testing adjustments. No
 * state; every function cites its source.
 */
package org.evalaudit.noise.stats;
