package org.evalaudit.noise.labels;

/** Sample quantiles of sorted values, with linear interpolation (Hyndman and Fan 1996, type 7). */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-quantile (0 <= p <= 1) of values sorted ascending; NaN when there are none. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
