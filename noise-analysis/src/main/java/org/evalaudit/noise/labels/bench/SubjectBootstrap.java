package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.evalaudit.noise.labels.Percentiles;

/**
 * Bootstrap over subjects: each replicate draws as many subjects as there are, with replacement, and
 * ranks the union of their items (a subject drawn twice contributes its items twice). Label errors cluster
 * by subject, so this, not an item bootstrap, is the noise a method must beat to generalise to other
 * subjects. All rankers are measured on the same replicates, so differences are paired.
 */
public final class SubjectBootstrap {
    private final ScoredItems items;
    private final int[][] orders;
    private final int[] subjectOf;
    private final int subjects;

    public SubjectBootstrap(ScoredItems items) {
        this.items = items;
        this.orders = new int[items.rankers().size()][];
        for (int r = 0; r < orders.length; r++) {
            orders[r] = items.order(r);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        subjectOf = new int[items.ids().size()];
        for (int i = 0; i < subjectOf.length; i++) {
            subjectOf[i] = index.computeIfAbsent(items.subjects().get(i), s -> index.size());
        }
        subjects = index.size();
    }

    /**
     * replicates[b][r] = metrics of ranker r in replicate b.
     *
     * @param positive the truth
     * @param keep items to measure (e.g. not uncertain)
     */
    public List<RankingMetrics[]> replicates(Predicate<String> positive, Predicate<String> keep, int resamples,
                                             long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] pos = new boolean[subjectOf.length];
        boolean[] kept = new boolean[subjectOf.length];
        for (int i = 0; i < pos.length; i++) {
            pos[i] = positive.test(items.ids().get(i));
            kept[i] = keep.test(items.ids().get(i));
        }
        List<RankingMetrics[]> out = new ArrayList<>(resamples);
        int[] multiplicity = new int[subjects];
        for (int b = 0; b < resamples; b++) {
            java.util.Arrays.fill(multiplicity, 0);
            for (int k = 0; k < subjects; k++) {
                multiplicity[random.nextInt(subjects)]++;
            }
            RankingMetrics[] metrics = new RankingMetrics[orders.length];
            for (int r = 0; r < orders.length; r++) {
                List<Boolean> relevant = new ArrayList<>();
                for (int i : orders[r]) {
                    if (kept[i]) {
                        for (int m = 0; m < multiplicity[subjectOf[i]]; m++) {
                            relevant.add(pos[i]);
                        }
                    }
                }
                boolean[] flags = new boolean[relevant.size()];
                for (int k = 0; k < flags.length; k++) {
                    flags[k] = relevant.get(k);
                }
                metrics[r] = RankingMetrics.of(flags);
            }
            out.add(metrics);
        }
        return out;
    }

    /** Percentile interval (2.5%, 97.5%) of the finite values. */
    public static double[] interval(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Percentiles.of(finite, 0.025), Percentiles.of(finite, 0.975)};
    }
}
