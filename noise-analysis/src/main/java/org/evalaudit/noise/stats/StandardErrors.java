package org.evalaudit.noise.stats;

/**
 * Standard errors of a mean score over items (Miller 2024, "Adding Error Bars to Evals: A Statistical
 * Approach to Language Model Evaluations", arXiv 2411.00640). Items are the sampled unit: each value is
 * one item's score (or its mean over samples). NaN values are missing items and are skipped.
 */
public final class StandardErrors {
    private StandardErrors() {
    }

    /**
     * The CLT standard error, Miller eq. 2: SE_CLT = sqrt( sum_i (s_i - mean)^2 / (n (n - 1)) ), i.e. the
     * sample variance (divisor n - 1) over n. NaN with fewer than two items.
     */
    public static double clt(double[] scores) {
        return clt(Moments.of(scores));
    }

    /** {@link #clt(double[])} from moments already computed. */
    public static double clt(Moments moments) {
        return Math.sqrt(moments.sampleVariance() / moments.n());
    }

    /**
     * The clustered standard error, Miller eq. 4, for items drawn in groups (several questions on one
     * passage):
     * <pre>
     *   SE_clustered^2 = SE_CLT^2 + (1/n^2) sum_c sum_{i in c} sum_{j in c, j != i} (s_i - mean)(s_j - mean)
     * </pre>
     * computed per cluster as (sum_{i in c} r_i)^2 - sum_{i in c} r_i^2 with r = s - mean. Items whose
     * cluster is negative belong to no cluster and form their own, so with every item alone the cross
     * terms vanish and SE_clustered equals SE_CLT exactly. (The common sandwich form
     * (1/n^2) sum_c (sum_{i in c} r_i)^2 is this with the diagonal taken at divisor n instead of n - 1:
     * it is smaller by the factor (n - 1)/n in variance.)
     *
     * @param scores per-item scores, NaN for missing
     * @param cluster per-item cluster number in [0, clusterCount), or negative for none
     * @param clusterCount number of cluster numbers in use
     */
    public static Clustered clustered(double[] scores, int[] cluster, int clusterCount) {
        if (cluster.length != scores.length) {
            throw new IllegalArgumentException("one cluster per score needed: " + cluster.length + " vs " + scores.length);
        }
        Moments m = Moments.of(scores);
        double[] sum = new double[clusterCount];
        double[] squares = new double[clusterCount];
        boolean[] seen = new boolean[clusterCount];
        int clusters = 0;
        for (int i = 0; i < scores.length; i++) {
            double v = scores[i];
            if (Double.isNaN(v)) {
                continue;
            }
            int c = cluster[i];
            if (c < 0) {
                clusters++;
                continue;
            }
            double r = v - m.mean();
            sum[c] += r;
            squares[c] += r * r;
            if (!seen[c]) {
                seen[c] = true;
                clusters++;
            }
        }
        double cross = 0;
        for (int c = 0; c < clusterCount; c++) {
            cross += sum[c] * sum[c] - squares[c];
        }
        double n = m.n();
        double variance = m.sampleVariance() / n + cross / (n * n);
        return new Clustered(Math.sqrt(variance), clusters);
    }

    /**
     * A clustered standard error and the number of clusters it rests on (items without a cluster count
     * as one cluster each). Few clusters make the estimate itself unreliable.
     */
    public record Clustered(double se, int clusters) {
    }
}
