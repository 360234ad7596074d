/**
 * Small, dependency-free statistics used by the audit-core checks: the regularized incomplete gamma
 * function and Pearson's chi-square goodness-of-fit test. Each routine names its formula and source.
 */
package org.evalaudit.core.checks.stats;
