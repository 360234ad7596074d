package org.evalaudit.contamination.impact;

import java.util.Arrays;

/** The tests behind the impact analysis, each with its formula and source. */
public final class Stats {
    private Stats() {
    }

    /**
     * The pooled two-proportion z statistic {@code (p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2))} with
     * {@code p = (x1 + x2) / (n1 + n2)} (e.g. Agresti, Categorical Data Analysis, 3rd ed., 2013, 3.1).
     * Successes may be fractional (sums of per-item mean scores), which keeps the same normal
     * approximation. Returns 0 when both samples are all 0 or all 1.
     */
    public static double twoProportionZ(double x1, int n1, double x2, int n2) {
        double pooled = (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return se == 0 ? 0 : (x1 / n1 - x2 / n2) / se;
    }

    /** Mean and 95 % normal interval {@code mean +- 1.96 sd / sqrt(n)} of per-item scores. */
    public static double[] meanInterval(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double half = n < 2 ? Double.NaN : Normal.Z_95 * Math.sqrt(variance(values, mean) / n);
        return new double[] {mean, mean - half, mean + half};
    }

    /** Sample variance (n - 1 denominator). */
    public static double variance(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return values.length < 2 ? Double.NaN : sum / (values.length - 1);
    }

    /**
     * Difference of two means with a 95 % Welch interval {@code d +- 1.96 sqrt(s1^2/n1 + s2^2/n2)}
     * (Welch 1947): the groups (clean and dirty items) differ in size and spread.
     */
    public static double[] differenceInterval(double[] a, double[] b) {
        double[] ma = meanInterval(a);
        double[] mb = meanInterval(b);
        double d = ma[0] - mb[0];
        double se = Math.sqrt(variance(a, ma[0]) / a.length + variance(b, mb[0]) / b.length);
        return new double[] {d, d - Normal.Z_95 * se, d + Normal.Z_95 * se};
    }
}
