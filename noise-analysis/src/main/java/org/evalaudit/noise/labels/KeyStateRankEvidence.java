package org.evalaudit.noise.labels;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;

/**
 * A candidate for the typical subject, measured by the evaluation bench and not part of the default: the
 * default's key-state posterior ({@link KeyStateModel}, fitted to the Dirichlet vote evidence as in
 * {@link LabelNoise}) with each item's own evidence replaced, in the final posterior only, by
 * k times its reliability-weighted normalised vote margin
 * m = (W_best_other - W_gold) / (W + H/4), W_k the weighted votes for answer k (the vote-margin baseline of
 * the shared data's README, with the default's vote weights). The Dirichlet evidence saturates: every item
 * no model answers with the gold gets nearly the same evidence, however the other votes split, and one vote
 * for the gold costs about log(alpha_true / alpha_wrong) nats; the margin ranks a unanimous rejection first
 * and counts one vote for the gold as one vote. The scale k sets how the margin weighs against the key
 * state's prior odds (logit eps_corrupted - logit eps_aligned, about 7.5 nats on the dev data).
 *
 * <p>The posterior is P(wrong) = sum_s gamma_s P(wrong | s, evidence), gamma_s the state posterior of the
 * forward-backward pass (Rabiner 1989) and P(wrong | s, L) = eps_s e^L / (eps_s e^L + 1 - eps_s).
 */
public final class KeyStateRankEvidence {
    private KeyStateRankEvidence() {
    }

    /**
     * For each scale k, the candidate's suspicion of every item, keyed by item id: NaN for an item without
     * a usable gold (ranked first, as the default ranks it).
     */
    public static Map<Double, Map<String, Double>> scores(Benchmark benchmark, Results results, List<Double> scales) {
        VoteTable table = VoteTable.of(benchmark, results);
        int n = table.size();
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        WeightedVotes votes = WeightedVotes.of(table, ds.voteWeights(LabelNoise.typicalHypotheses(table)));
        DirichletVoteModel voteModel = DirichletVoteModel.fit(votes);
        KeyStateModel keys = KeyStateModel.fit(voteModel.evidence(votes), table.chains());
        Map<Double, Map<String, Double>> out = new java.util.LinkedHashMap<>();
        for (double k : scales) {
            Map<String, Double> byId = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                byId.put(table.id(i), votes.gold(i) < 0 ? Double.NaN : keys.logOddsWrong(i, k * margin(votes, i)));
            }
            out.put(k, byId);
        }
        return out;
    }

    /** (W_best_other - W_gold) / (W + H/4): the normalised vote margin with 1/4 vote of smoothing per answer. */
    static double margin(WeightedVotes votes, int i) {
        int g = votes.gold(i);
        double best = 0;
        for (int k = 0; k < votes.hypotheses(i); k++) {
            if (k != g) {
                best = Math.max(best, votes.count(i, k));
            }
        }
        return (best - votes.count(i, g)) / (votes.total(i) + votes.hypotheses(i) / 4.0);
    }
}
