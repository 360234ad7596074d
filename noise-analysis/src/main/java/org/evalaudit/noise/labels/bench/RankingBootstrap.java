package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.evalaudit.noise.labels.Percentiles;

/**
 * Paired bootstraps of rankings: every ranker is measured on the same replicates, so differences are paired.
 * Two schemes. Over subjects ({@link #overSubjects}): each replicate draws as many subjects as there are, with
 * replacement, and ranks the union of their items (a subject drawn twice contributes its items twice). Label
 * errors cluster by subject, so this is the noise a method must beat to generalise to other subjects.
 * Within subjects ({@link #withinSubjects}): each subject's items are drawn with replacement, the subjects
 * fixed: the noise of the item sample on this benchmark, the usual paired bootstrap of a ranking evaluation.
 */
public final class RankingBootstrap {
    private final int[][] orders;
    private final int[] subjectOf;
    private final int[][] itemsOfSubject;
    private final List<String> ids;

    public RankingBootstrap(ScoredItems items) {
        this.ids = items.ids();
        this.orders = new int[items.rankers().size()][];
        for (int r = 0; r < orders.length; r++) {
            orders[r] = items.order(r);
        }
        Map<String, List<Integer>> members = new LinkedHashMap<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        subjectOf = new int[ids.size()];
        for (int i = 0; i < subjectOf.length; i++) {
            String subject = items.subjects().get(i);
            subjectOf[i] = index.computeIfAbsent(subject, s -> index.size());
            members.computeIfAbsent(subject, s -> new ArrayList<>()).add(i);
        }
        itemsOfSubject = members.values().stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    /**
     * replicates[b][r] = metrics of ranker r in replicate b of the bootstrap over subjects.
     *
     * @param positive the truth
     * @param keep items to measure (e.g. not uncertain)
     */
    public List<RankingMetrics[]> overSubjects(Predicate<String> positive, Predicate<String> keep, int resamples,
                                               long seed) {
        boolean[][] truth = truth(positive, keep);
        SplittableRandom random = new SplittableRandom(seed);
        int subjects = itemsOfSubject.length;
        int[] drawn = new int[subjects];
        int[] multiplicity = new int[subjectOf.length];
        List<RankingMetrics[]> out = new ArrayList<>(resamples);
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(drawn, 0);
            for (int k = 0; k < subjects; k++) {
                drawn[random.nextInt(subjects)]++;
            }
            for (int i = 0; i < multiplicity.length; i++) {
                multiplicity[i] = drawn[subjectOf[i]];
            }
            out.add(measure(multiplicity, truth[0], truth[1]));
        }
        return out;
    }

    /** replicates[b][r] = metrics of ranker r in replicate b of the bootstrap of items within each subject. */
    public List<RankingMetrics[]> withinSubjects(Predicate<String> positive, Predicate<String> keep, int resamples,
                                                 long seed) {
        boolean[][] truth = truth(positive, keep);
        SplittableRandom random = new SplittableRandom(seed);
        int[] multiplicity = new int[subjectOf.length];
        List<RankingMetrics[]> out = new ArrayList<>(resamples);
        for (int b = 0; b < resamples; b++) {
            Arrays.fill(multiplicity, 0);
            for (int[] members : itemsOfSubject) {
                for (int k = 0; k < members.length; k++) {
                    multiplicity[members[random.nextInt(members.length)]]++;
                }
            }
            out.add(measure(multiplicity, truth[0], truth[1]));
        }
        return out;
    }

    /** {positive, kept} of every item. */
    private boolean[][] truth(Predicate<String> positive, Predicate<String> keep) {
        boolean[][] truth = new boolean[2][ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            truth[0][i] = positive.test(ids.get(i));
            truth[1][i] = keep.test(ids.get(i));
        }
        return truth;
    }

    /** Every ranker's metrics on the kept items, each item repeated as often as it was drawn. */
    private RankingMetrics[] measure(int[] multiplicity, boolean[] positive, boolean[] kept) {
        RankingMetrics[] metrics = new RankingMetrics[orders.length];
        for (int r = 0; r < orders.length; r++) {
            List<Boolean> relevant = new ArrayList<>();
            for (int i : orders[r]) {
                if (kept[i]) {
                    for (int m = 0; m < multiplicity[i]; m++) {
                        relevant.add(positive[i]);
                    }
                }
            }
            metrics[r] = RankingMetrics.of(relevant);
        }
        return metrics;
    }

    /** Percentile interval (2.5%, 97.5%) of the finite values. */
    public static double[] interval(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Percentiles.of(finite, 0.025), Percentiles.of(finite, 0.975)};
    }
}
