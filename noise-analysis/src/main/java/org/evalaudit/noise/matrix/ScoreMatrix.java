package org.evalaudit.noise.matrix;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Each model's mean score on each item, averaged over every response it gave to that item (all templates
 * and samples), with the sample variance of those responses. Following Miller (2024, arXiv 2411.00640,
 * section 3), the item is the unit of sampling: several responses to one item are repeated measurements
 * of it, never extra items. Missing cells (an item a model did not answer) are NaN. Items carry the
 * cluster of the benchmark item with that id (none without a benchmark); when the benchmark names no
 * cluster at all, items that open with the same passage share one ({@link PassageClusters}). Immutable.
 */
public final class ScoreMatrix {
    private final List<String> models;
    private final List<String> items;
    private final double[][] mean;
    private final int[][] count;
    private final double[][] within;
    private final int[] cluster;
    private final int clusterCount;

    private ScoreMatrix(List<String> models, List<String> items, double[][] mean, int[][] count,
                        double[][] within, int[] cluster, int clusterCount) {
        this.models = List.copyOf(models);
        this.items = List.copyOf(items);
        this.mean = mean;
        this.count = count;
        this.within = within;
        this.cluster = cluster;
        this.clusterCount = clusterCount;
    }

    /**
     * Builds the matrix in one pass over the results.
     *
     * @param benchmark the benchmark whose items give the clusters, or null (then no item has a cluster)
     */
    public static ScoreMatrix of(Results results, Benchmark benchmark) {
        int models = results.models().size();
        int items = results.items().size();
        double[][] sum = new double[models][items];
        double[][] squares = new double[models][items];
        int[][] count = new int[models][items];
        for (int row = 0; row < results.size(); row++) {
            int m = results.model(row);
            int i = results.item(row);
            double s = results.score(row);
            sum[m][i] += s;
            squares[m][i] += s * s;
            count[m][i]++;
        }
        boolean repeats = false;
        for (int m = 0; m < models; m++) {
            for (int i = 0; i < items; i++) {
                int k = count[m][i];
                repeats |= k > 1;
                // within-item sample variance (divisor k - 1); one pass is exact enough for scores in [0, 1]
                squares[m][i] = k > 1 ? Math.max(0.0, (squares[m][i] - sum[m][i] * sum[m][i] / k) / (k - 1)) : Double.NaN;
                sum[m][i] = k == 0 ? Double.NaN : sum[m][i] / k;
            }
        }
        int[] cluster = new int[items];
        Arrays.fill(cluster, -1);
        Map<String, Integer> clusterNumbers = new HashMap<>();
        if (benchmark != null) {
            Map<String, String> passages = PassageClusters.infer(benchmark);
            for (int i = 0; i < items; i++) {
                String id = results.items().get(i);
                String name = benchmark.item(id).map(Item::cluster).orElse(passages.get(id));
                if (name != null) {
                    cluster[i] = clusterNumbers.computeIfAbsent(name, key -> clusterNumbers.size());
                }
            }
        }
        return new ScoreMatrix(results.models().list(), results.items().list(), sum, count,
                repeats ? squares : null, cluster, clusterNumbers.size());
    }

    /**
     * A matrix of one score per (model, item), e.g. for tests or for scores computed elsewhere.
     *
     * @param scores scores[model][item], NaN when missing
     * @param cluster per item cluster number in [0, clusterCount), negative for none; null for no clusters
     */
    public static ScoreMatrix ofScores(List<String> models, List<String> items, double[][] scores, int[] cluster) {
        if (scores.length != models.size()) {
            throw new IllegalArgumentException(scores.length + " score rows for " + models.size() + " models");
        }
        double[][] mean = new double[models.size()][];
        int[][] count = new int[models.size()][items.size()];
        for (int m = 0; m < scores.length; m++) {
            if (scores[m].length != items.size()) {
                throw new IllegalArgumentException("model " + models.get(m) + " has " + scores[m].length
                        + " scores for " + items.size() + " items");
            }
            mean[m] = scores[m].clone();
            for (int i = 0; i < items.size(); i++) {
                count[m][i] = Double.isNaN(mean[m][i]) ? 0 : 1;
            }
        }
        int[] clusters = cluster == null ? filled(items.size()) : cluster.clone();
        int clusterCount = Arrays.stream(clusters).max().orElse(-1) + 1;
        return new ScoreMatrix(models, items, mean, count, null, clusters, clusterCount);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }

    public List<String> models() {
        return models;
    }

    public List<String> items() {
        return items;
    }

    public int modelCount() {
        return models.size();
    }

    public int itemCount() {
        return items.size();
    }

    /** Model m's mean score on item i, NaN when it did not answer it. */
    public double score(int m, int i) {
        return mean[m][i];
    }

    /** A copy of model m's per-item mean scores (NaN where missing). */
    public double[] scores(int m) {
        return mean[m].clone();
    }

    /** A copy of all per-item mean scores, [model][item]. */
    public double[][] scoresByModel() {
        double[][] copy = new double[mean.length][];
        for (int m = 0; m < mean.length; m++) {
            copy[m] = mean[m].clone();
        }
        return copy;
    }

    /** Number of responses of model m to item i. */
    public int responses(int m, int i) {
        return count[m][i];
    }

    /** Whether some model answered some item more than once (several templates or samples). */
    public boolean hasRepeats() {
        return within != null;
    }

    /** Sample variance of model m's responses to item i (divisor k - 1), NaN with fewer than 2 responses. */
    public double withinVariance(int m, int i) {
        return within == null ? Double.NaN : within[m][i];
    }

    /** Whether every present per-item mean of model m is exactly 0 or 1. */
    public boolean isBinary(int m) {
        for (double v : mean[m]) {
            if (!Double.isNaN(v) && v != 0.0 && v != 1.0) {
                return false;
            }
        }
        return true;
    }

    /** Whether any item carries a cluster. */
    public boolean hasClusters() {
        return clusterCount > 0;
    }

    /** A copy of the per-item cluster numbers, negative for items without one. */
    public int[] clusters() {
        return cluster.clone();
    }

    public int clusterCount() {
        return clusterCount;
    }
}
