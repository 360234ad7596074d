package org.evalaudit.noise.stats;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Erf;

/**
 * The few distribution functions the noise statistics need, written on the regularized incomplete beta
 * function I_x(a, b) of Commons Math so that small tail probabilities keep their relative precision
 * (no {@code 1 - cdf} cancellation).
 */
public final class Distributions {
    private static final double SQRT2 = Math.sqrt(2);

    private Distributions() {
    }

    /**
     * The standard normal quantile z with Phi(z) = p, as sqrt(2) erfinv(2p - 1) (Abramowitz and Stegun
     * 26.2.2 rearranged; erfinv after Giles 2010, "Approximating the erfinv function").
     */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        }
        return SQRT2 * Erf.erfInv(2 * p - 1);
    }

    /**
     * Exact two-sided sign test (equivalently the exact McNemar test) of k successes in n trials with
     * p = 1/2: min(1, 2 P(X <= min(k, n - k))), and 1 when n = 0 or k = n/2. The binomial tail is
     * P(X <= m) = I_{1/2}(n - m, m + 1) (Abramowitz and Stegun 26.5.24). This is the definition
     * eval-arena publishes (PROVENANCE.md section 2) and McNemar's (1947) exact test on the discordant pairs.
     */
    public static double signTestTwoSided(long k, long n) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + ", n=" + n);
        }
        long m = Math.min(k, n - k);
        if (n == 0 || 2 * m == n) {
            return 1.0;
        }
        double tail = Beta.regularizedBeta(0.5, n - m, m + 1.0);
        return Math.min(1.0, 2 * tail);
    }

    /**
     * Two-sided p-value of a Student t statistic with {@code df} degrees of freedom:
     * P(|T| >= |t|) = I_{df/(df + t^2)}(df/2, 1/2) (Abramowitz and Stegun 26.7.1 with 26.5.27).
     */
    public static double studentTTwoSided(double t, double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
        if (Double.isInfinite(t)) {
            return 0.0;
        }
        return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }
}
