package org.evalaudit.noise.sampling;

import org.evalaudit.noise.stats.Interval;

/**
 * One model's score with its sampling noise; one row of {@code model-scores.csv}.
 *
 * @param model model name
 * @param n items the model answered
 * @param mean mean of its per-item scores
 * @param se CLT standard error (Miller eq. 2, sample variance with divisor n - 1)
 * @param ci confidence interval: Wilson for 0/1 per-item scores, percentile bootstrap otherwise
 * @param ciMethod which of the two
 * @param clusteredSe clustered SE (Miller eq. 4), NaN when items carry no cluster
 * @param clusters clusters behind {@code clusteredSe} (items without one count alone), 0 without clusters
 * @param samples variance split over repeated answers, or null when every item was answered once
 */
public record ModelScore(String model, int n, double mean, double se, Interval ci, IntervalMethod ciMethod,
                         double clusteredSe, int clusters, SampleSplit samples) {

    /** How the confidence interval was computed. */
    public enum IntervalMethod {
        WILSON, BOOTSTRAP
    }
}
