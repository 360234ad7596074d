package org.evalaudit.contamination.impact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.stats.MultipleTesting;
import org.junit.jupiter.api.Test;

/**
 * The impact analysis on hand-counted data: per-item scores average a model's repeated answers, the
 * clean-vs-dirty comparison takes exactly the items of each set, and the public-vs-private gap compares the
 * two splits' means with the pooled two-proportion test, Holm-adjusted across models.
 */
class ImpactTest {

    private static Item item(String id, String split) {
        return new Item(id, "q " + id, List.of("x", "y"), "A", null, split, null, Map.of());
    }

    @Test
    void itemScoresAverageAModelsRepeatedAnswers() {
        Results results = Results.builder()
                .add("a", "m", "", 0, null, null, 1).add("a", "m", "", 1, null, null, 0).add("a", "m", "", 2, null, null, 0)
                .add("b", "m", "", 0, null, null, 1)
                .add("b", "n", "", 0, null, null, 0)
                .build();
        Map<String, Map<String, Double>> scores = ItemScores.of(results);
        assertEquals(Map.of("a", 1 / 3.0, "b", 1.0), scores.get("m"));
        assertEquals(Map.of("b", 0.0), scores.get("n"), "an item the model never answered has no score");
    }

    @Test
    void cleanAndDirtyTakeExactlyTheirItems() {
        Results.Builder b = Results.builder();
        double[] scores = {1, 0, 1, 1, 1};
        String[] ids = {"c1", "c2", "d1", "d2", "partial"};
        for (int i = 0; i < ids.length; i++) {
            b.add(ids[i], "m", "", 0, null, null, scores[i]);
        }
        ContaminationImpact.ModelImpact impact = ContaminationImpact.of(b.build(), Set.of("c1", "c2"), Set.of("d1", "d2"))
                .get(0);
        assertEquals(2, impact.cleanItems());
        assertEquals(2, impact.dirtyItems());
        assertEquals(0.5, impact.clean()[0], 1e-12);
        assertEquals(1.0, impact.dirty()[0], 1e-12);
        assertEquals(0.5, impact.difference()[0], 1e-12, "dirty minus clean");
    }

    @Test
    void theGapAppliesOnlyWithBothSplits() {
        assertFalse(SplitGap.applies(new Benchmark("b", List.of(item("a", "public"), item("b", "test")))));
        assertFalse(SplitGap.applies(new Benchmark("b", List.of(item("a", "private"), item("b", null)))));
        assertTrue(SplitGap.applies(new Benchmark("b", List.of(item("a", " Public "), item("b", "PRIVATE")))));
    }

    /**
     * Model m: public 3 of 4, private 1 of 4 (gap 0.5); model n: 2 of 4 on both (gap 0); two models answered
     * one split only. Items of another split count in neither. z, p and the Holm adjustment are recomputed
     * from their definitions.
     */
    @Test
    void theGapComparesTheSplitsMeansWithTheTwoProportionTest() {
        List<Item> items = new java.util.ArrayList<>();
        Results.Builder b = Results.builder();
        int[][] m = {{1, 1, 1, 0}, {1, 0, 0, 0}};
        int[][] n = {{1, 1, 0, 0}, {0, 1, 0, 1}};
        String[] splits = {"public", "private"};
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < 4; i++) {
                String id = splits[s] + i;
                items.add(item(id, splits[s]));
                b.add(id, "m", "", 0, null, null, m[s][i]);
                b.add(id, "n", "", 0, null, null, n[s][i]);
            }
        }
        items.add(item("other", "validation"));
        b.add("other", "m", "", 0, null, null, 0);
        b.add("public0", "public-only", "", 0, null, null, 1);
        b.add("private0", "private-only", "", 0, null, null, 1);
        List<SplitGap.ModelGap> gaps = SplitGap.of(new Benchmark("b", items), b.build(), 0.05);
        assertEquals(List.of("m", "n"), gaps.stream().map(SplitGap.ModelGap::model).toList(),
                "a model that answered one split only has no gap");

        SplitGap.ModelGap gm = gaps.get(0);
        assertEquals("m", gm.model());
        assertEquals(4, gm.publicItems());
        assertEquals(4, gm.privateItems());
        assertEquals(0.75, gm.publicScore(), 1e-12);
        assertEquals(0.25, gm.privateScore(), 1e-12);
        assertEquals(0.5, gm.gap(), 1e-12);
        double z = Stats.twoProportionZ(3, 4, 1, 4);
        assertEquals(z, gm.z(), 1e-12);
        assertEquals(Normal.upperTail(z), gm.p(), 1e-12);
        SplitGap.ModelGap gn = gaps.get(1);
        assertEquals(0, gn.gap(), 1e-12);
        assertEquals(0.5, gn.p(), 1e-12, "no gap: z = 0, one-sided p = 0.5");
        double[] adjusted = MultipleTesting.holm(new double[] {gm.p(), gn.p()});
        assertArrayEquals(adjusted, new double[] {gm.adjustedP(), gn.adjustedP()}, 1e-12);
        assertEquals(adjusted[0] < 0.05, gm.flagged());
        assertFalse(gn.flagged());
    }
}
