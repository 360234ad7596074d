package org.evalaudit.noise.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class ScoreMatrixTest {

    /** m1 answers q1 under two templates and two samples (1, 0, 1, 1) and q2 once; m2 only q2. */
    private static Results results() {
        return Results.builder()
                .add("q1", "m1", "t1", 0, null, "A", 1).add("q1", "m1", "t1", 1, null, "B", 0)
                .add("q1", "m1", "t2", 0, null, "A", 1).add("q1", "m1", "t2", 1, null, "A", 1)
                .add("q2", "m1", "t1", 0, null, null, 0)
                .add("q2", "m2", "t1", 0, null, "C", 1)
                .build();
    }

    @Test
    void everyResponseToAnItemIsAveragedWithItsWithinItemVariance() {
        ScoreMatrix m = ScoreMatrix.of(results(), null);
        assertEquals(List.of("m1", "m2"), m.models());
        assertEquals(0.75, m.score(0, 0), 1e-15);
        assertEquals(4, m.responses(0, 0));
        assertEquals(0.25, m.withinVariance(0, 0), 1e-15, "sample variance of 1, 0, 1, 1");
        assertTrue(Double.isNaN(m.withinVariance(0, 1)), "one response has no within-item variance");
        assertTrue(Double.isNaN(m.score(1, 0)), "m2 did not answer q1");
        assertTrue(m.hasRepeats());
        assertFalse(m.isBinary(0));
        assertTrue(m.isBinary(1));
        assertFalse(m.hasClusters());
    }

    @Test
    void clustersComeFromBenchmarkItemsById() {
        Benchmark benchmark = new Benchmark("b", List.of(
                new Item("q2", "?", List.of(), null, "passage", null, null, Map.of()),
                Item.of("q1", "?", List.of(), null)));
        ScoreMatrix m = ScoreMatrix.of(results(), benchmark);
        assertArrayEquals(new int[] {-1, 0}, m.clusters());
        assertEquals(1, m.clusterCount());
    }

    @Test
    void theCubeKeepsTemplatesOrSamplesApart() {
        ConditionCube templates = ConditionCube.of(results(), Axis.TEMPLATE);
        assertEquals(List.of("t1", "t2"), templates.conditions());
        assertEquals(0.5, templates.score(0, 0, 0), 1e-15);
        assertEquals(1.0, templates.score(0, 1, 0), 1e-15);
        assertTrue(Double.isNaN(templates.score(1, 1, 1)), "m2 never used t2");
        ConditionCube samples = ConditionCube.of(results(), Axis.SAMPLE);
        assertEquals(List.of("sample 0", "sample 1"), samples.conditions());
        assertEquals(1.0, samples.score(0, 0, 0), 1e-15);
        assertEquals(0.5, samples.score(0, 1, 0), 1e-15);
        ConditionScores table = templates.toScores();
        assertEquals(0.25, table.score(0, 0), 1e-15, "m1 under t1: mean of q1 (0.5) and q2 (0)");
        assertArrayEquals(new double[] {0.0, Double.NaN}, templates.flipRates(), 1e-15,
                "m1's q1 scores 0.5 and 1: both count as solved (at or above one half), no flip; q2 and all of m2 "
                        + "were seen under one template only");
    }
}
