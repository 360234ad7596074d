package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedVotesTest {

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
        assertEquals(0.4, votes.margin(0), 1e-12);
    }

    /** Unanimous rejection 20 / (20 + 1) and unanimous agreement -20 / 21, with unit weights. */
    @Test
    void theMarginRunsFromAUnanimousVoteForTheGoldToAUnanimousRejection() {
        Fixtures.Built built = Fixtures.unanimous(3, 20).votes(0, "B", 20).votes(1, "A", 20).votes(2, "AB", 10, 10);
        WeightedVotes votes = WeightedVotes.of(VoteTable.of(built.benchmark(), built.results()), ones(20));
        assertEquals(20.0 / 21, votes.margin(0), 1e-12);
        assertEquals(-20.0 / 21, votes.margin(1), 1e-12);
        assertEquals(0, votes.margin(2), 1e-12);
    }

    /** Items answered by 20, 19 and 18 models (the rest abstain), unit weights: the median total is 19. */
    @Test
    void theMedianTotalIsTheMiddleItemsWeightedVotes() {
        Fixtures.Built built = Fixtures.unanimous(3, 20).votes(1, "A", 19).votes(2, "AB", 17, 1);
        WeightedVotes votes = WeightedVotes.of(VoteTable.of(built.benchmark(), built.results()), ones(20));
        assertEquals(19, votes.medianTotal(), 1e-12);
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
