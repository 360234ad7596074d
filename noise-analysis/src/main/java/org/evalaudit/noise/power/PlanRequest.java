package org.evalaudit.noise.power;

/**
 * A planning question: how many items does a benchmark need to tell apart two models of about this
 * accuracy when they differ by {@code mde}?
 *
 * @param accuracy expected accuracy p of both models, in (0, 1)
 * @param mde the difference to detect, as a fraction (0.02 = 2 points)
 * @param power probability of detecting it, default 0.8
 * @param alpha two-sided significance level, default 0.05
 * @param correlation correlation of the two models' per-item scores, default 0.5 (models tend to fail on
 *     the same items; eval-arena's HumanEval pairs mostly lie between 0.3 and 0.7)
 * @param samples answers per item K that are averaged, default 1
 * @param withinShare share of a response's variance that is response-to-response noise (see {@link
 *     VarianceComponents#ofAccuracy}); default 0, where more samples do not help
 */
public record PlanRequest(double accuracy, double mde, double power, double alpha, double correlation,
                          int samples, double withinShare) {
    public static final double DEFAULT_POWER = 0.8;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_CORRELATION = 0.5;

    public PlanRequest {
        if (!(mde > 0 && mde < 1)) {
            throw new IllegalArgumentException("mde must be a fraction in (0, 1), got " + mde);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        }
        if (correlation >= 1) {
            throw new IllegalArgumentException("correlation must be below 1, got " + correlation + ": two models whose "
                    + "scores always agree have no difference to detect");
        }
        // the remaining ranges are checked where they are used, with the reason
    }

    /** The question with every default: power 0.8, alpha 0.05, correlation 0.5, one sample, greedy answers. */
    public static PlanRequest of(double accuracy, double mde) {
        return new PlanRequest(accuracy, mde, DEFAULT_POWER, DEFAULT_ALPHA, DEFAULT_CORRELATION, 1, 0.0);
    }
}
