package org.evalaudit.noise.sampling;

/**
 * Models A and B compared on the items both answered; one row of {@code pairwise.csv}. With a_i and b_i
 * the two models' per-item scores and d_i = a_i - b_i:
 *
 * @param modelA the first model (ranked above B on the leaderboard)
 * @param modelB the second model
 * @param n items both answered
 * @param meanA mean of a_i over those items
 * @param meanB mean of b_i over those items
 * @param diff meanA - meanB
 * @param seDiff standard error of the paired difference, Miller (2024, arXiv 2411.00640) eq. 7-8:
 *     sqrt( (Var(a) + Var(b) - 2 Cov(a, b)) / n ) = sqrt( Var(d) / n ), sample (co)variances with divisor
 *     n - 1. Pairing removes the between-item variance the two models share, so it is smaller than
 *     sqrt(SE_A^2 + SE_B^2) whenever the models are positively correlated.
 * @param correlation Pearson correlation of a_i and b_i, NaN when either is constant
 * @param aOnly sum_i a_i (1 - b_i): for 0/1 scores the items only A solves
 * @param bOnly sum_i b_i (1 - a_i): the items only B solves
 * @param test which test gave the p-value
 * @param pValue two-sided p-value of "no difference"
 * @param pHolm Holm-adjusted over all pairs
 * @param pBh Benjamini-Hochberg-adjusted over all pairs
 * @param distinguishable whether the chosen adjusted p-value is below alpha
 */
public record PairComparison(String modelA, String modelB, int n, double meanA, double meanB, double diff,
                             double seDiff, double correlation, double aOnly, double bOnly, Test test,
                             double pValue, double pHolm, double pBh, boolean distinguishable) {

    /** The test behind a pair's p-value. */
    public enum Test {
        /**
         * Exact two-sided sign test on the discordant items, i.e. the exact McNemar test (McNemar 1947):
         * k = aOnly successes in aOnly + bOnly trials with p = 1/2. Used when both models score 0/1.
         */
        SIGN,
        /** Paired t test: t = diff / seDiff with n - 1 degrees of freedom (Student 1908). Fractional scores. */
        PAIRED_T,
        /** No item in common: nothing to test; p = 1. */
        NONE
    }

    /** The pair with adjusted p-values and the verdict filled in. */
    PairComparison adjusted(double holm, double bh, boolean isDistinguishable) {
        return new PairComparison(modelA, modelB, n, meanA, meanB, diff, seDiff, correlation, aOnly, bOnly, test,
                pValue, holm, bh, isDistinguishable);
    }
}
