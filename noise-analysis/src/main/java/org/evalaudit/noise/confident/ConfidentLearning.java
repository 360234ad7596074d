package org.evalaudit.noise.confident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Confident learning, after Northcutt, Jiang and Chuang, "Confident Learning: Estimating Uncertainty in
 * Dataset Labels", JAIR 70 (2021) 1373-1411, section 3.1, with the models' mean per-choice probabilities
 * as the out-of-sample predicted probabilities p(j; x) and the choice positions as classes:
 * <ol>
 *   <li>per class j, the threshold t_j = mean of p(j; x) over the items x whose gold is j (eq. 2);</li>
 *   <li>an item's confident class is the class of highest p(j; x) among those with p(j; x) >= t_j, if any;
 *       the confident joint C[i][j] counts items of gold i by confident class j (eq. 1);</li>
 *   <li>calibrated joint: each row of C rescaled to the number of items with that gold, then the whole
 *       divided by its sum (eq. 3); the estimated number of wrong golds is n times its off-diagonal mass;</li>
 *   <li>label issues are the off-diagonal items of C (cleanlab's {@code filter_by="confident_learning"}),
 *       ranked by self-confidence p(gold; x), lowest first ({@code rank_by_kind="self_confidence"}).</li>
 * </ol>
 * Thresholds per class make the method robust to models that favour some letters: a choice counts only
 * when it gets more than the probability that class usually gets when it is right. Only multiple-choice
 * items with a valid gold and at least one response carrying one probability per choice take part.
 */
public final class ConfidentLearning {
    private ConfidentLearning() {
    }

    public static ConfidentLearningResult analyze(Benchmark benchmark, Results results) {
        // per item number of the results: summed probabilities and how many responses gave them
        double[][] sums = new double[results.items().size()][];
        int[] responses = new int[sums.length];
        for (int row = 0; row < results.size(); row++) {
            int k = results.probabilityCount(row);
            if (k == 0) {
                continue;
            }
            int number = results.item(row);
            if (sums[number] == null) {
                Item item = benchmark.item(results.items().get(number)).orElse(null);
                if (item == null || item.goldIndex() < 0 || item.choices().size() != k) {
                    continue;
                }
                sums[number] = new double[k];
            } else if (sums[number].length != k) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                sums[number][j] += results.probability(row, j);
            }
            responses[number]++;
        }
        List<Item> items = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        int classes = 0;
        for (Item item : benchmark.items()) {
            int number = results.items().indexOf(item.id());
            if (number >= 0 && sums[number] != null) {
                int n = responses[number];
                items.add(item);
                probabilities.add(Arrays.stream(sums[number]).map(v -> v / n).toArray());
                counts.add(n);
                classes = Math.max(classes, sums[number].length);
            }
        }
        double[] thresholds = thresholds(items, probabilities, classes);
        long[][] joint = new long[classes][classes];
        List<ItemConfidence> judged = new ArrayList<>(items.size());
        for (int x = 0; x < items.size(); x++) {
            Item item = items.get(x);
            double[] p = probabilities.get(x);
            int given = item.goldIndex();
            int confident = -1;
            for (int j = 0; j < p.length; j++) {
                if (p[j] >= thresholds[j] && (confident < 0 || p[j] > p[confident])) {
                    confident = j;
                }
            }
            if (confident >= 0) {
                joint[given][confident]++;
            }
            double bestOther = 0;
            for (int j = 0; j < p.length; j++) {
                if (j != given) {
                    bestOther = Math.max(bestOther, p[j]);
                }
            }
            judged.add(new ItemConfidence(item.id(), given, confident, p[given], p[given] - bestOther,
                    counts.get(x)));
        }
        List<ItemConfidence> ranked = new ArrayList<>(judged);
        ranked.sort(Comparator.comparing((ItemConfidence c) -> !c.isIssue())
                .thenComparingDouble(ItemConfidence::selfConfidence));
        return new ConfidentLearningResult(thresholds, joint, ranked, estimatedErrors(joint, items));
    }

    /** t_j: the mean probability of class j over the items whose gold is j (NaN when there are none). */
    private static double[] thresholds(List<Item> items, List<double[]> probabilities, int classes) {
        double[] sum = new double[classes];
        int[] n = new int[classes];
        for (int x = 0; x < items.size(); x++) {
            int given = items.get(x).goldIndex();
            sum[given] += probabilities.get(x)[given];
            n[given]++;
        }
        double[] t = new double[classes];
        for (int j = 0; j < classes; j++) {
            t[j] = n[j] == 0 ? Double.NaN : sum[j] / n[j];
        }
        return t;
    }

    /** n times the off-diagonal mass of the calibrated joint (rows rescaled to their gold counts). */
    private static double estimatedErrors(long[][] joint, List<Item> items) {
        int classes = joint.length;
        long[] givenCount = new long[classes];
        for (Item item : items) {
            givenCount[item.goldIndex()]++;
        }
        double total = 0;
        double offDiagonal = 0;
        for (int i = 0; i < classes; i++) {
            long row = Arrays.stream(joint[i]).sum();
            if (row == 0) {
                continue;
            }
            for (int j = 0; j < classes; j++) {
                double calibrated = (double) joint[i][j] / row * givenCount[i];
                total += calibrated;
                if (i != j) {
                    offDiagonal += calibrated;
                }
            }
        }
        return total == 0 ? 0 : items.size() * offDiagonal / total;
    }
}
