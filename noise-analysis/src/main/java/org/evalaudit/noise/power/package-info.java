/**
 * Power analysis for comparing two models on a benchmark (Miller 2024, arXiv 2411.00640, section 5):
 * the number of items needed to detect a difference, and the smallest difference a benchmark of a given
 * size can detect. {@link org.evalaudit.noise.power.PowerAnalysis#plan} answers {@code evalaudit plan}
 * without any data.
 */
package org.evalaudit.noise.power;
