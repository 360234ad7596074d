package org.evalaudit.noise.labels;

/**
 * An empirical-Bayes prior per cluster of items (subject, position window, items sharing a text cue):
 * each cluster's rate of wrong golds is shrunk toward the overall rate with a beta prior whose strength
 * kappa maximises the beta-binomial marginal likelihood of the clusters' expected counts (Efron and Morris
 * 1975; Casella 1985). An item's prior is the rate of its cluster without itself (leave-one-out, so an item
 * does not vouch for itself), and its log-odds move by logit(cluster rate) - logit(overall rate). The
 * adjustment is iterated to a fixed point because the posteriors feed the rates.
 *
 * <p>Used by the evaluation bench to measure whether a clustering adds to the label model; the measured
 * gains were within the noise, so the default method does not use it.
 */
public final class ClusterPrior {
    private static final int ITERATIONS = 50;

    private ClusterPrior() {
    }

    /**
     * Log-odds of a wrong gold after pooling by {@code cluster} (numbered 0..k-1).
     *
     * @param logOdds the label model's posterior log-odds, one per item
     * @param cluster each item's cluster
     */
    public static double[] adjust(double[] logOdds, int[] cluster) {
        int n = logOdds.length;
        int clusters = 0;
        for (int c : cluster) {
            clusters = Math.max(clusters, c + 1);
        }
        double[] p = new double[n];
        double baseRate = 0;
        for (int i = 0; i < n; i++) {
            p[i] = sigmoid(logOdds[i]);
            baseRate += p[i] / n;
        }
        double baseLogit = Special.logit(clamp(baseRate));
        double[] adjusted = logOdds.clone();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] sum = new double[clusters];
            double[] size = new double[clusters];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                sum[cluster[i]] += p[i];
                size[cluster[i]] += 1;
                mean += p[i] / n;
            }
            mean = clamp(mean);
            double kappa = strength(sum, size, mean);
            for (int i = 0; i < n; i++) {
                double rate = (sum[cluster[i]] - p[i] + kappa * mean) / (size[cluster[i]] - 1 + kappa);
                adjusted[i] = logOdds[i] + Special.logit(clamp(rate)) - baseLogit;
                p[i] = sigmoid(adjusted[i]);
            }
        }
        return adjusted;
    }

    /** The kappa in [0.1, 1e5] that maximises the beta-binomial marginal likelihood (golden-section search). */
    static double strength(double[] sum, double[] size, double mean) {
        return Math.exp(GoldenSection.maximise(logKappa -> marginal(sum, size, mean, Math.exp(logKappa)),
                Math.log(0.1), Math.log(1e5), 80));
    }

    private static double marginal(double[] sum, double[] size, double mean, double kappa) {
        double a = mean * kappa;
        double b = (1 - mean) * kappa;
        double lgA = Special.logGamma(a);
        double lgB = Special.logGamma(b);
        double lgK = Special.logGamma(kappa);
        double total = 0;
        for (int c = 0; c < sum.length; c++) {
            if (size[c] == 0) {
                continue;
            }
            total += Special.logGamma(a + sum[c]) + Special.logGamma(b + size[c] - sum[c])
                    - Special.logGamma(kappa + size[c]) - lgA - lgB + lgK;
        }
        return total;
    }

    private static double clamp(double p) {
        return Math.max(1e-9, Math.min(1 - 1e-9, p));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
