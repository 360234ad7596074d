package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimpleRankersTest {

    @Test
    void disagreementAndMarginFollowTheirDefinitions() {
        Fixtures.Built built = Fixtures.unanimous(3, 10);
        built.votes(0, "ABC", 4, 5, 1);
        built.votes(1, "AB", 2, 6);
        built.votes(2, "A", 10);
        SimpleRankers.Scores scores = SimpleRankers.of(built.benchmark(), built.results());
        assertEquals(0.6, scores.disagreement()[0], 1e-12, "6 of 10 voters do not give the gold");
        assertEquals(0.75, scores.disagreement()[1], 1e-12, "abstentions are not voters");
        assertEquals(0.0, scores.disagreement()[2], 1e-12);
        assertEquals((5 - 4) / 11.0, scores.margin()[0], 1e-12, "(n_best - n_gold) / (n + 1)");
        assertEquals((6 - 2) / 9.0, scores.margin()[1], 1e-12);
        assertEquals(-10 / 11.0, scores.margin()[2], 1e-12);
    }
}
