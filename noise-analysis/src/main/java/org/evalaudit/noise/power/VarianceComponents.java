package org.evalaudit.noise.power;

/**
 * The variances that decide how noisy a paired comparison of models A and B is, in Miller's (2024,
 * arXiv 2411.00640, sections 3 and 5) notation. A response to item i scores s = x_i + e, where x_i is the
 * model's expected score on the item and e the sampling noise of one response:
 *
 * @param omega2 omega^2 = Var(x_A - x_B), the between-item variance of the difference of the models'
 *     expected item scores (Var(x_A) + Var(x_B) - 2 Cov(x_A, x_B)); more samples do not shrink it
 * @param sigma2A sigma_A^2 = E[Var(e_A)], model A's within-item (response-to-response) variance
 * @param sigma2B sigma_B^2, the same for model B
 */
public record VarianceComponents(double omega2, double sigma2A, double sigma2B) {

    public VarianceComponents {
        if (!(omega2 >= 0) || !(sigma2A >= 0) || !(sigma2B >= 0)) {
            throw new IllegalArgumentException("variances must be >= 0, got omega^2=" + omega2
                    + ", sigma_A^2=" + sigma2A + ", sigma_B^2=" + sigma2B);
        }
    }

    /**
     * Components for two models of equal accuracy p on 0/1 items. By the law of total variance one
     * response varies by p(1 - p) = Var(x) + E[sigma^2]; {@code withinShare} = E[sigma^2] / (p(1 - p)) says
     * how much of it is response-to-response noise (0 for greedy decoding: an item is always right or
     * always wrong; then repeated samples cannot help). {@code correlation} is the correlation of the two
     * models' scores on one response per item, Cov(x_A, x_B) / (p(1 - p)), since responses are independent
     * given the item. Hence sigma^2 = withinShare p(1 - p) and
     * omega^2 = 2 p(1 - p) (1 - withinShare - correlation); with one sample the variance of the difference
     * is 2 p(1 - p)(1 - correlation), the textbook paired-proportion variance.
     *
     * @throws IllegalArgumentException unless 0 < p < 1, -1 <= correlation <= 1, 0 <= withinShare and
     *     withinShare + correlation <= 1 (a larger correlation leaves no room for that much within-item noise)
     */
    public static VarianceComponents ofAccuracy(double accuracy, double correlation, double withinShare) {
        if (!(accuracy > 0 && accuracy < 1)) {
            throw new IllegalArgumentException("accuracy must be in (0, 1), got " + accuracy);
        }
        if (!(correlation >= -1 && correlation <= 1)) {
            throw new IllegalArgumentException("correlation must be in [-1, 1], got " + correlation);
        }
        if (!(withinShare >= 0) || withinShare + correlation > 1 + 1e-12) {
            throw new IllegalArgumentException("within-item share must be in [0, 1 - correlation] = [0, "
                    + (1 - correlation) + "], got " + withinShare);
        }
        double bernoulli = accuracy * (1 - accuracy);
        double sigma2 = withinShare * bernoulli;
        return new VarianceComponents(Math.max(0.0, 2 * bernoulli * (1 - withinShare - correlation)), sigma2, sigma2);
    }

    /**
     * The variance of one item's score difference when each model answers it {@code samples} times and
     * the answers are averaged: omega^2 + (sigma_A^2 + sigma_B^2) / K (Miller eq. 9's numerator).
     */
    public double differenceVariance(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples per item must be >= 1, got " + samples);
        }
        return omega2 + (sigma2A + sigma2B) / samples;
    }
}
