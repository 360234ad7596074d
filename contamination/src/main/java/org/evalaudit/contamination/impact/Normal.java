package org.evalaudit.contamination.impact;

/** The standard normal distribution, for z tests and confidence intervals. */
public final class Normal {
    /** The 97.5 % quantile: a 95 % two-sided interval is the mean +- this many standard errors. */
    public static final double Z_95 = 1.959963984540054;

    private Normal() {
    }

    /**
     * P(Z <= z) by Marsaglia's Taylor series ("Evaluating the normal distribution", Journal of Statistical
     * Software 11(4), 2004): {@code 1/2 + phi(z) (z + z^3/3 + z^5/(3*5) + ...)}, accurate to about 1e-15
     * in absolute terms; beyond |z| = 5 the tail comes from a continued fraction, so small p-values keep
     * their relative precision; exactly 0 or 1 beyond |z| = 37.
     */
    public static double cdf(double z) {
        if (z < -37) {
            return 0;
        }
        if (z > 37) {
            return 1;
        }
        if (z < -5) {
            return upperTailAsymptotic(-z);
        }
        if (z > 5) {
            return 1 - upperTailAsymptotic(z);
        }
        double sum = z;
        double previous = 0;
        double term = z;
        double square = z * z;
        for (int i = 1; sum != previous; ) {
            previous = sum;
            i += 2;
            term *= square / i;
            sum = previous + term;
        }
        return 0.5 + sum * Math.exp(-0.5 * square - 0.91893853320467274178);
    }

    /** P(Z > z), computed as {@code cdf(-z)} so the far upper tail keeps its relative precision. */
    public static double upperTail(double z) {
        return cdf(-z);
    }

    /** Mills-ratio continued fraction for the tail beyond 5, full relative precision (Abramowitz and Stegun 26.2.14). */
    private static double upperTailAsymptotic(double z) {
        double fraction = z;
        for (int k = 40; k >= 1; k--) {
            fraction = z + k / fraction;
        }
        return Math.exp(-0.5 * z * z - 0.91893853320467274178) / fraction;
    }
}
