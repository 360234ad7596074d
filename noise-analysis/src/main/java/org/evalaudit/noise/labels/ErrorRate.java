package org.evalaudit.noise.labels;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The estimated share of items whose gold is wrong, with a bootstrap confidence interval.
 *
 * @param rate mean posterior probability that the gold is wrong, over the judged items
 * @param lower lower bound of the interval
 * @param upper upper bound
 * @param level confidence level, e.g. 0.95
 * @param resampledUnit what the bootstrap resampled: "subject" (whole chains of items, when there are at
 *     least 10) or "item"
 * @param resamples number of bootstrap resamples
 * @param items number of judged items
 */
public record ErrorRate(double rate, double lower, double upper, double level, String resampledUnit,
                        int resamples, int items) {
    private static final int MIN_CHAINS_FOR_CLUSTER_BOOTSTRAP = 10;
    private static final double LEVEL = 0.95;

    /**
     * The mean of the items' posterior probabilities of a wrong gold, with a 95% percentile bootstrap
     * interval (Efron and Tibshirani 1993, ch. 13). Wrong keys cluster by subject, so when there are at
     * least 10 chains (subjects) the bootstrap resamples whole chains (a cluster bootstrap, Davison and
     * Hinkley 1997, §3.8) and the rate of a replicate is its total over its items; otherwise it resamples
     * items.
     *
     * @param probability each item's posterior probability that its gold is wrong
     * @param chain each item's chain, numbered 0 to chains - 1
     * @param chains number of chains
     * @param resamples bootstrap resamples
     * @param seed seed of the resampling
     */
    static ErrorRate estimate(double[] probability, int[] chain, int chains, int resamples, long seed) {
        int n = probability.length;
        boolean byChain = chains >= MIN_CHAINS_FOR_CLUSTER_BOOTSTRAP;
        int units = byChain ? chains : n;
        double[] sum = new double[units];
        double[] count = new double[units];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int u = byChain ? chain[i] : i;
            sum[u] += probability[i];
            count[u] += 1;
            total += probability[i];
        }
        double[] replicate = new double[resamples];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            double c = 0;
            for (int k = 0; k < units; k++) {
                int u = random.nextInt(units);
                s += sum[u];
                c += count[u];
            }
            replicate[b] = c > 0 ? s / c : 0;
        }
        Arrays.sort(replicate);
        double rate = n == 0 ? 0 : total / n;
        return new ErrorRate(rate, n == 0 ? 0 : Percentiles.of(replicate, (1 - LEVEL) / 2),
                n == 0 ? 0 : Percentiles.of(replicate, (1 + LEVEL) / 2), LEVEL, byChain ? "subject" : "item", resamples, n);
    }
}
