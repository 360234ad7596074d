package org.evalaudit.noise.labels;

import java.util.Arrays;

/**
 * Reliability-weighted vote counts per item and hypothesis: n_ik = sum over models j of w_j times the
 * share of j's responses that gave answer k. The extra hypothesis of a free-form item (an answer no model
 * gave) has count 0.
 */
final class WeightedVotes {
    private final int[] start;
    private final double[] count;
    private final double[] total;
    private final int[] gold;

    private WeightedVotes(int[] start, double[] count, double[] total, int[] gold) {
        this.start = start;
        this.count = count;
        this.total = total;
        this.gold = gold;
    }

    static WeightedVotes of(VoteTable votes, double[] modelWeight) {
        int n = votes.size();
        int[] start = OneCoinDawidSkene.hypothesisStarts(votes);
        double[] count = new double[start[n]];
        double[] total = new double[n];
        int[] gold = new int[n];
        for (int i = 0; i < n; i++) {
            gold[i] = votes.gold(i);
            for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
                double w = modelWeight[votes.voteModel(v)] * votes.voteShare(v);
                count[start[i] + votes.voteCategory(v)] += w;
                total[i] += w;
            }
        }
        return new WeightedVotes(start, count, total, gold);
    }

    int size() {
        return total.length;
    }

    int hypotheses(int i) {
        return start[i + 1] - start[i];
    }

    double count(int i, int k) {
        return count[start[i] + k];
    }

    double total(int i) {
        return total[i];
    }

    /** Gold hypothesis, or -1. */
    int gold(int i) {
        return gold[i];
    }

    /**
     * The normalised vote margin of the best other answer over the gold, (W_best_other - W_gold) / (W + H/4)
     * with 1/4 vote of smoothing per answer (the vote-margin ranker of the shared data's README, with these
     * weights): 1 for a unanimous rejection of the gold, -1 for a unanimous vote for it.
     */
    double margin(int i) {
        int g = gold[i];
        double best = 0;
        for (int k = 0; k < hypotheses(i); k++) {
            if (k != g) {
                best = Math.max(best, count(i, k));
            }
        }
        return (best - count(i, g)) / (total[i] + hypotheses(i) / 4.0);
    }

    /** The median of the items' total weighted votes (0 without items). */
    double medianTotal() {
        if (total.length == 0) {
            return 0;
        }
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        return Percentiles.of(sorted, 0.5);
    }
}
