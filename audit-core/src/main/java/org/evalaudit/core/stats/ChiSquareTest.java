package org.evalaudit.core.stats;

import java.util.Arrays;

/**
 * Pearson's chi-square goodness-of-fit test: X² = Σ (O_i − E_i)² / E_i over the cells, with k − 1
 * degrees of freedom for k cells, p-value P(χ²_{k−1} ≥ X²) = Q((k−1)/2, X²/2) ({@link RegularizedGamma}).
 * Source: Agresti, <i>An Introduction to Categorical Data Analysis</i>, 2nd ed. (2007), §1.5.
 * The approximation is trusted when every expected count is at least 5 (Cochran's rule, ibid.);
 * {@link Result#reliable()} says whether that holds.
 */
public final class ChiSquareTest {
    /** Smallest expected count per cell for which the chi-square approximation is trusted. */
    public static final double MIN_EXPECTED = 5.0;

    private ChiSquareTest() {
    }

    /**
     * @param statistic X²
     * @param degreesOfFreedom cells with a positive expectation, minus one
     * @param pValue P(χ² ≥ X²)
     * @param reliable whether every expected count is at least {@link #MIN_EXPECTED}
     */
    public record Result(double statistic, int degreesOfFreedom, double pValue, boolean reliable) {
    }

    /** Test of observed counts against equal probabilities for every cell. */
    public static Result uniform(long[] observed) {
        double[] expected = new double[observed.length];
        Arrays.fill(expected, (double) Arrays.stream(observed).sum() / observed.length);
        return goodnessOfFit(observed, expected);
    }

    /**
     * Test of observed counts against expected counts (same total). A cell expected 0 and observed 0
     * carries no information and is dropped; a cell expected 0 yet observed gives X² = ∞ and p = 0.
     *
     * @throws IllegalArgumentException when the arrays differ in length, a count is negative, or fewer
     *     than two cells have a positive expectation
     */
    public static Result goodnessOfFit(long[] observed, double[] expected) {
        if (observed.length != expected.length) {
            throw new IllegalArgumentException("observed has " + observed.length + " cells, expected "
                    + expected.length);
        }
        double statistic = 0;
        int cells = 0;
        boolean reliable = true;
        for (int i = 0; i < observed.length; i++) {
            if (observed[i] < 0 || !(expected[i] >= 0)) {
                throw new IllegalArgumentException("counts must be non-negative, cell " + i + ": observed "
                        + observed[i] + ", expected " + expected[i]);
            }
            if (expected[i] == 0) {
                if (observed[i] > 0) {
                    statistic = Double.POSITIVE_INFINITY;
                }
                continue;
            }
            cells++;
            reliable &= expected[i] >= MIN_EXPECTED;
            double diff = observed[i] - expected[i];
            statistic += diff * diff / expected[i];
        }
        if (cells < 2) {
            throw new IllegalArgumentException("a goodness-of-fit test needs at least two cells with a positive "
                    + "expectation, got " + cells);
        }
        int df = cells - 1;
        return new Result(statistic, df, survival(statistic, df), reliable);
    }

    /** P(χ²_df ≥ x), the upper tail of the chi-square distribution. */
    public static double survival(double x, int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
        }
        return x <= 0 ? 1.0 : RegularizedGamma.q(df / 2.0, x / 2);
    }
}
