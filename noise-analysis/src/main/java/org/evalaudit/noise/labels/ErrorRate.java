package org.evalaudit.noise.labels;

/**
 * The estimated share of items whose gold is wrong, with a bootstrap confidence interval.
 *
 * @param rate mean posterior probability that the gold is wrong, over the judged items
 * @param lower lower bound of the interval
 * @param upper upper bound
 * @param level confidence level, e.g. 0.95
 * @param resampledUnit what the bootstrap resampled: "subject" (whole chains of items, when there are at
 *     least 10) or "item"
 * @param resamples number of bootstrap resamples
 * @param items number of judged items
 */
public record ErrorRate(double rate, double lower, double upper, double level, String resampledUnit,
                        int resamples, int items) {
}
