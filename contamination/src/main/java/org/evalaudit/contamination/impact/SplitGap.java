package org.evalaudit.contamination.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.stats.MultipleTesting;

/**
 * Per model, the gap between the score on the public split and on the held-out private split. A model
 * trained on the public items scores higher there than on private items of the same difficulty. Test:
 * one-sided pooled two-proportion z test (public > private) per model, Holm-adjusted across models.
 */
public final class SplitGap {
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    private SplitGap() {
    }

    /**
     * One model's gap.
     *
     * @param model model name
     * @param publicItems public items answered
     * @param publicScore mean per-item score on them
     * @param privateItems private items answered
     * @param privateScore mean per-item score on them
     * @param gap public minus private
     * @param z the two-proportion z statistic
     * @param p one-sided p-value (public higher)
     * @param adjustedP Holm-adjusted p-value across the models
     * @param flagged adjusted p below alpha: the public score is suspiciously higher
     */
    public record ModelGap(String model, int publicItems, double publicScore, int privateItems, double privateScore,
                           double gap, double z, double p, double adjustedP, boolean flagged) {
    }

    /** Whether the benchmark has both a public and a private item (split names compared case-insensitively). */
    public static boolean applies(Benchmark benchmark) {
        return benchmark.items().stream().anyMatch(i -> is(i, PUBLIC)) && benchmark.items().stream().anyMatch(i -> is(i, PRIVATE));
    }

    private static boolean is(Item item, String split) {
        return item.split() != null && item.split().trim().toLowerCase(Locale.ROOT).equals(split);
    }

    public static List<ModelGap> of(Benchmark benchmark, Results results, double alpha) {
        List<String> models = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> model : ItemScores.of(results).entrySet()) {
            double publicSum = 0;
            double privateSum = 0;
            int publicN = 0;
            int privateN = 0;
            for (Map.Entry<String, Double> score : model.getValue().entrySet()) {
                Item item = benchmark.item(score.getKey()).orElse(null);
                if (item != null && is(item, PUBLIC)) {
                    publicSum += score.getValue();
                    publicN++;
                } else if (item != null && is(item, PRIVATE)) {
                    privateSum += score.getValue();
                    privateN++;
                }
            }
            if (publicN > 0 && privateN > 0) {
                models.add(model.getKey());
                double z = Stats.twoProportionZ(publicSum, publicN, privateSum, privateN);
                rows.add(new double[] {publicN, publicSum / publicN, privateN, privateSum / privateN, z, Normal.upperTail(z)});
            }
        }
        double[] p = rows.stream().mapToDouble(r -> r[5]).toArray();
        double[] adjusted = MultipleTesting.holm(p);
        List<ModelGap> out = new ArrayList<>();
        for (int m = 0; m < rows.size(); m++) {
            double[] r = rows.get(m);
            out.add(new ModelGap(models.get(m), (int) r[0], r[1], (int) r[2], r[3], r[1] - r[3], r[4], r[5],
                    adjusted[m], adjusted[m] < alpha));
        }
        return out;
    }
}
