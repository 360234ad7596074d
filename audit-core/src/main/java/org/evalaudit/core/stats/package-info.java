/**
 * Statistics more than one module needs (multiple-comparison corrections), kept here once so that
 * noise-analysis and contamination, which must not depend on each other, share one tested copy.
 */
package org.evalaudit.core.stats;
