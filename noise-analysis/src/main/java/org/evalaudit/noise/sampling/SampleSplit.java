package org.evalaudit.noise.sampling;

/**
 * How a model's score variance splits when items are answered several times (Miller 2024, arXiv
 * 2411.00640, section 3). With s_ik = x_i + e_ik the k-th answer to item i and K answers averaged,
 * Var(mean_k s_ik) = Var(x) + E[sigma_i^2] / K, so more answers per item shrink only the within-item part:
 * <pre>
 *   SE(K) = sqrt( (Var(x) + E[sigma^2] / K) / n )
 * </pre>
 * E[sigma^2] is estimated by the mean over items of the sample variance of their answers (divisor k - 1,
 * unbiased), Var(x) by the sample variance of the per-item means minus mean_i(sigma_i^2 / k_i), floored at 0.
 *
 * @param items n, items answered
 * @param samplesPerItem K, the harmonic mean of answers per item (the K for which SE(K) matches the data)
 * @param betweenVariance Var(x), variance of the expected item scores
 * @param withinVariance E[sigma^2], mean answer-to-answer variance within an item
 */
public record SampleSplit(int items, double samplesPerItem, double betweenVariance, double withinVariance) {

    /** SE of the mean score with {@code k} answers per item. */
    public double seWithSamples(double k) {
        return Math.sqrt((betweenVariance + withinVariance / k) / items);
    }

    /** The SE that infinitely many answers per item would leave: only the between-item part. */
    public double seLimit() {
        return Math.sqrt(betweenVariance / items);
    }

    /** SE(2K) / SE(K): how much doubling the answers per item would shrink the SE (1 = not at all). */
    public double shrinkIfDoubled() {
        double now = seWithSamples(samplesPerItem);
        return now == 0 ? 1.0 : seWithSamples(2 * samplesPerItem) / now;
    }
}
