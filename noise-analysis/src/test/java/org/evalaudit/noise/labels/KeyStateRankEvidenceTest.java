package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyStateRankEvidenceTest {

    /**
     * Gold A; m0 (weight 2) and m2 (weight 1) answer B, m1 (weight 1) the gold, m3 (weight 0) C. W = 4, W_B = 3,
     * W_A = 1, and the README's 1/4 vote of smoothing per answer adds 1: (3 - 1) / (4 + 1) = 0.4.
     */
    @Test
    void theMarginIsTheWeightedVoteMarginWithAQuarterVoteOfSmoothingPerAnswer() {
        Fixtures.Built built = Fixtures.unanimous(1, 4).votes(0, "BABC", 1, 1, 1, 1);
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        double[] weight = new double[4];
        List<String> models = table.models();
        weight[models.indexOf("m0")] = 2;
        weight[models.indexOf("m1")] = 1;
        weight[models.indexOf("m2")] = 1;
        WeightedVotes votes = WeightedVotes.of(table, weight);
        assertEquals(0.4, KeyStateRankEvidence.margin(votes, 0), 1e-12);
    }

    @Test
    void anItemWithoutAUsableGoldHasNoScore() {
        Fixtures.Built built = Fixtures.unanimous(30, 6).gold(3, "E");
        Map<Double, Map<String, Double>> scores = KeyStateRankEvidence.scores(built.benchmark(), built.results(),
                List.of(4.0));
        assertTrue(Double.isNaN(scores.get(4.0).get("q3")));
        assertTrue(Double.isFinite(scores.get(4.0).get("q4")));
    }

    /**
     * Seeded benchmarks without stretches: 300 items of one subject, 12 models of accuracy 0.6-0.95, 3% of
     * golds replaced by another letter. Where the key state is aligned (corrupted posterior g1 under
     * eps_aligned / 4), the candidate orders the suspect side of the ranking (margin at least 0) by the margin,
     * for every scale: of two such items whose margins differ by more than 0.25, the one with the larger
     * margin scores higher. Bound: P(wrong) = P_a + g1 (P_c - P_a) with P_c >= P_a, so the corrupted state
     * only raises an item's log-odds, by at most log(1 + g1 / ((1 - g1) P_a)) - log(1 - g1) < 0.25 nats when
     * P_a >= eps_aligned (evidence >= 0), less than the k x 0.25 >= 0.5 nats between the two items. (The model
     * may still see a short stretch in random data; its items are left out.)
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void whereTheKeyIsAlignedItRanksByTheMargin(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 300;
        int models = 12;
        Fixtures.Built built = Fixtures.unanimous(n, models);
        double[] accuracy = new double[models];
        for (int j = 0; j < models; j++) {
            accuracy[j] = 0.6 + 0.35 * random.nextDouble();
        }
        String letters = "ABCD";
        for (int i = 0; i < n; i++) {
            int truth = random.nextInt(4);
            String gold = random.nextDouble() < 0.03 ? String.valueOf(letters.charAt((truth + 1 + random.nextInt(3)) % 4))
                    : String.valueOf(letters.charAt(truth));
            built.gold(i, gold);
            for (int j = 0; j < models; j++) {
                int answer = random.nextDouble() < accuracy[j] ? truth : random.nextInt(4);
                built.answers[i][j] = String.valueOf(letters.charAt(answer));
            }
        }
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        WeightedVotes votes = WeightedVotes.of(table, ds.voteWeights(4));
        DirichletVoteModel voteModel = DirichletVoteModel.fit(votes);
        double[] evidence = new double[n];
        for (int i = 0; i < n; i++) {
            evidence[i] = voteModel.evidence(votes, i);
        }
        KeyStateModel keys = KeyStateModel.fit(evidence, new int[n]);
        int aligned = 0;
        for (int i = 0; i < n; i++) {
            aligned += keys.corruptedPosterior(i) < keys.alignedErrorRate() / 4 ? 1 : 0;
        }
        assertTrue(aligned > n / 2, "most items are aligned: " + aligned);
        for (double k : List.of(2.0, 8.0)) {
            Map<String, Double> score = KeyStateRankEvidence.scores(built.benchmark(), built.results(), List.of(k)).get(k);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    double ma = KeyStateRankEvidence.margin(votes, a);
                    double mb = KeyStateRankEvidence.margin(votes, b);
                    double g1 = keys.alignedErrorRate() / 4;
                    boolean bothAligned = keys.corruptedPosterior(a) < g1 && keys.corruptedPosterior(b) < g1;
                    if (bothAligned && mb >= 0 && ma > mb + 0.25) {
                        assertTrue(score.get(table.id(a)) > score.get(table.id(b)),
                                "k " + k + ": " + table.id(a) + " (margin " + ma + ") vs " + table.id(b) + " (" + mb + ")");
                    }
                }
            }
        }
    }
}
