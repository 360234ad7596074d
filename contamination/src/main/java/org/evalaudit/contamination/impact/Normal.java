package org.evalaudit.contamination.impact;

import org.apache.commons.math3.special.Erf;

/**
 * The standard normal distribution, for z tests and confidence intervals, on Commons Math's
 * complementary error function: {@code P(Z > z) = erfc(z / sqrt 2) / 2} (Abramowitz and Stegun 26.2.29),
 * which keeps small upper-tail p-values at full relative precision.
 */
public final class Normal {
    /** The 97.5 % quantile: a 95 % two-sided interval is the mean +- this many standard errors. */
    public static final double Z_95 = 1.959963984540054;
    private static final double SQRT2 = Math.sqrt(2);

    private Normal() {
    }

    /** P(Z <= z). */
    public static double cdf(double z) {
        return upperTail(-z);
    }

    /** P(Z > z). */
    public static double upperTail(double z) {
        return 0.5 * Erf.erfc(z / SQRT2);
    }
}
