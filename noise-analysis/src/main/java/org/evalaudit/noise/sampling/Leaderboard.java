package org.evalaudit.noise.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Models by mean score, best first, cut into groups of statistical ties. Groups are formed greedily
 * down the ranking: a group starts at its best model and takes every following model that is not
 * distinguishable from that model (adjusted p at or above alpha); the first model that is distinguishable
 * starts the next group. A model may therefore also be tied with members of the neighbouring group;
 * groups answer "which models can this benchmark not order", not "who is significantly best".
 *
 * @param entries one entry per model, best first
 */
public record Leaderboard(List<Entry> entries) {

    public Leaderboard {
        entries = List.copyOf(entries);
    }

    /**
     * One model on the leaderboard.
     *
     * @param rank 1 for the best mean
     * @param model model name
     * @param mean mean score
     * @param group 1 for the group of the best model, 2 for the next, ...
     */
    public record Entry(int rank, String model, double mean, int group) {
    }

    /**
     * @param ranked model scores, best first
     * @param pairs the comparisons of those models, as {@link PairwiseComparisons#compare} returns them
     */
    static Leaderboard of(List<ModelScore> ranked, List<PairComparison> pairs) {
        Map<List<String>, Boolean> distinguishable = new HashMap<>();
        for (PairComparison p : pairs) {
            distinguishable.put(List.of(p.modelA(), p.modelB()), p.distinguishable());
        }
        List<Entry> entries = new ArrayList<>(ranked.size());
        int group = 0;
        String leader = null;
        for (int r = 0; r < ranked.size(); r++) {
            String model = ranked.get(r).model();
            if (leader == null || distinguishable.getOrDefault(List.of(leader, model), Boolean.FALSE)) {
                leader = model;
                group++;
            }
            entries.add(new Entry(r + 1, model, ranked.get(r).mean(), group));
        }
        return new Leaderboard(entries);
    }

    /** Number of tied groups. */
    public int groups() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).group();
    }
}
