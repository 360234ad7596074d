package org.evalaudit.noise.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence intervals for mean scores (Efron and Tibshirani 1993, "An Introduction
 * to the Bootstrap", ch. 13): resample the n items with replacement, recompute the mean, and take the
 * alpha/2 and 1 - alpha/2 quantiles of B replicate means (quantiles interpolated as Hyndman and Fan 1996
 * type 7). Used for fractional scores, where the Wilson interval does not apply.
 *
 * <p>Several rows (models) share the same resampled items in each replicate, which is both the paired
 * design of the evaluation and B x n random draws instead of rows x B x n. A row with missing items
 * (NaN) takes the resampled mean over its present items, sum_i w_i s_i / sum_i w_i with w_i the resample
 * counts. The same seed gives the same intervals.
 */
public final class Bootstrap {
    private static final int BLOCK = 16;
    private final int replicates;
    private final double confidence;
    private final long seed;

    /**
     * @param replicates number of bootstrap replicates B, at least 2
     * @param confidence confidence level in (0, 1), e.g. 0.95
     * @param seed seed of the resampling
     */
    public Bootstrap(int replicates, double confidence, long seed) {
        if (replicates < 2 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need replicates >= 2 and confidence in (0,1), got "
                    + replicates + ", " + confidence);
        }
        this.replicates = replicates;
        this.confidence = confidence;
        this.seed = seed;
    }

    /** The interval for the mean of one array of per-item scores. */
    public Interval meanInterval(double[] scores) {
        return meanIntervals(new double[][] {scores})[0];
    }

    /**
     * Intervals for the mean of each row; every row has one score per item (NaN when missing), all rows
     * the same length. A row with no present item gets (NaN, NaN).
     */
    public Interval[] meanIntervals(double[][] rows) {
        int n = rows.length == 0 ? 0 : rows[0].length;
        boolean[] complete = new boolean[rows.length];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != n) {
                throw new IllegalArgumentException("rows differ in length: " + rows[r].length + " vs " + n);
            }
            complete[r] = Arrays.stream(rows[r]).noneMatch(Double::isNaN);
        }
        double[][] means = new double[rows.length][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        int[][] counts = new int[BLOCK][n];
        for (int start = 0; start < replicates; start += BLOCK) {
            int size = Math.min(BLOCK, replicates - start);
            for (int b = 0; b < size; b++) {
                int[] c = counts[b];
                Arrays.fill(c, 0);
                for (int draw = 0; draw < n; draw++) {
                    c[random.nextInt(n)]++;
                }
            }
            for (int r = 0; r < rows.length; r++) {
                for (int b = 0; b < size; b++) {
                    means[r][start + b] = complete[r] ? dot(counts[b], rows[r]) / n : weightedMean(counts[b], rows[r]);
                }
            }
        }
        Interval[] intervals = new Interval[rows.length];
        double tail = (1 - confidence) / 2;
        for (int r = 0; r < rows.length; r++) {
            double[] sorted = Arrays.stream(means[r]).filter(v -> !Double.isNaN(v)).sorted().toArray();
            intervals[r] = sorted.length == 0 ? new Interval(Double.NaN, Double.NaN)
                    : new Interval(quantile(sorted, tail), quantile(sorted, 1 - tail));
        }
        return intervals;
    }

    private static double dot(int[] counts, double[] row) {
        double sum = 0;
        for (int i = 0; i < row.length; i++) {
            sum += counts[i] * row[i];
        }
        return sum;
    }

    private static double weightedMean(int[] counts, double[] row) {
        double sum = 0;
        long weight = 0;
        for (int i = 0; i < row.length; i++) {
            if (!Double.isNaN(row[i])) {
                sum += counts[i] * row[i];
                weight += counts[i];
            }
        }
        return weight == 0 ? Double.NaN : sum / weight;
    }

    /** Hyndman and Fan (1996) type 7 quantile of sorted values: linear between order statistics. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
