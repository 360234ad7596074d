/**
 * Small, tested statistics that more than one check needs, kept once here because noise-analysis and
 * contamination must not depend on each other: multiple-comparison corrections (Holm,
 * Benjamini-Hochberg), the regularized incomplete gamma function and Pearson's chi-square
 * goodness-of-fit test. Each routine names its formula and source.
 */
package org.evalaudit.core.stats;
