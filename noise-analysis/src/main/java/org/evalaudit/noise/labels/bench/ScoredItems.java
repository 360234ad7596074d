package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Items with the scores of several rankers, for measurement. A ranking is by score, highest first, ties by
 * item id (the convention of the shared data's README); NaN scores rank first (an item without a usable
 * gold is certainly suspect).
 *
 * @param ids item ids
 * @param subjects each item's subject
 * @param rankers ranker names, in report order
 * @param scores scores[r][i] of ranker r for item i
 */
public record ScoredItems(List<String> ids, List<String> subjects, List<String> rankers, double[][] scores) {

    /** Item indices in ranking order of ranker r. */
    public int[] order(int r) {
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        double[] s = scores[r];
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> Double.isNaN(s[i]) ? Double.NEGATIVE_INFINITY : -s[i])
                .thenComparing(ids::get));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** Metrics of ranker r over the kept items. */
    public RankingMetrics metrics(int r, Predicate<String> positive, Predicate<String> keep) {
        List<Boolean> relevant = new ArrayList<>();
        for (int i : order(r)) {
            if (keep.test(ids.get(i))) {
                relevant.add(positive.test(ids.get(i)));
            }
        }
        return RankingMetrics.of(relevant);
    }

    public int ranker(String name) {
        int r = rankers.indexOf(name);
        if (r < 0) {
            throw new IllegalArgumentException("no ranker " + name + " among " + rankers);
        }
        return r;
    }
}
