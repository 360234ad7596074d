package org.evalaudit.contamination.impact;

/** The standard normal distribution, for z tests and confidence intervals. */
public final class Normal {
    /** The 97.5 % quantile: a 95 % two-sided interval is the mean +- this many standard errors. */
    public static final double Z_95 = 1.959963984540054;

    private Normal() {
    }

    /** P(Z <= z). */
    public static double cdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** P(Z > z), accurate in the far tail (no 1 - cdf cancellation). */
    public static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /**
     * Complementary error function, fractional error below 1.2e-7 everywhere: the Chebyshev fit of
     * Press et al., Numerical Recipes in C, 2nd ed., section 6.2 ({@code erfcc}).
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }
}
