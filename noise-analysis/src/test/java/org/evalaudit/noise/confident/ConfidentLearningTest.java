package org.evalaudit.noise.confident;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidentLearningTest {
    private static final List<String> THREE = List.of("x", "y", "z");

    /**
     * Worked by hand from eqs. 1-3 of Northcutt et al. (2021): seven items, three classes, one model.
     * t = (0.9+0.7+0.1)/3, (0.7+0.6)/2, (0.8+0.6)/2 = 0.5667, 0.65, 0.70. Item 3 (gold A) has 0.8 >= t_B:
     * confident B, an issue; items 5 and 7 clear no threshold. C = [[2,1,0],[0,1,0],[0,0,1]]; rows rescaled
     * to the gold counts 3, 2, 2 give [[2,1,0],[0,2,0],[0,0,2]], off-diagonal mass 1/7, so 7 x 1/7 = 1 error.
     */
    @Test
    void reproducesTheHandWorkedConfidentJoint() {
        double[][] p = {{0.9, 0.05, 0.05}, {0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.2, 0.7, 0.1}, {0.1, 0.6, 0.3},
                {0.1, 0.1, 0.8}, {0.3, 0.1, 0.6}};
        String[] gold = {"A", "A", "A", "B", "B", "C", "C"};
        List<Item> items = new ArrayList<>();
        Results.Builder results = Results.builder();
        for (int x = 0; x < p.length; x++) {
            items.add(Item.of("q" + (x + 1), "question " + x, THREE, gold[x]));
            results.add("q" + (x + 1), "m", "", 0, null, null, 0, p[x]);
        }
        ConfidentLearningResult result = ConfidentLearning.analyze(new Benchmark("b", items), results.build());
        assertArrayEquals(new double[] {1.7 / 3, 0.65, 0.7}, result.thresholds(), 1e-6);
        assertArrayEquals(new long[][] {{2, 1, 0}, {0, 1, 0}, {0, 0, 1}}, result.confidentJoint());
        assertEquals(1.0, result.estimatedErrors(), 1e-6);
        assertEquals(1.0 / 7, result.estimatedErrorRate(), 1e-6);
        assertEquals(List.of("q3"), result.issues().stream().map(ItemConfidence::itemId).toList());
        ItemConfidence q3 = result.items().get(0);
        assertEquals(0.1, q3.selfConfidence(), 1e-6);
        assertEquals(0.1 - 0.8, q3.margin(), 1e-6);
        assertEquals(-1, result.items().stream().filter(c -> c.itemId().equals("q5")).findFirst().orElseThrow()
                .confident(), "no class clears its threshold");
    }

    @Test
    void averagesTheModelsAndIgnoresResponsesWithoutOneProbabilityPerChoice() {
        Benchmark benchmark = new Benchmark("b", List.of(Item.of("q1", "?", THREE, "A"), Item.of("q2", "?", THREE, "B")));
        Results results = Results.builder()
                .add("q1", "m1", "", 0, null, "A", 1, new double[] {0.6, 0.2, 0.2})
                .add("q1", "m2", "", 0, null, "B", 0, new double[] {0.2, 0.6, 0.2})
                .add("q1", "m3", "", 0, null, "A", 1, new double[] {0.5, 0.5})
                .add("q1", "m4", "", 0, null, "A", 1)
                .add("q2", "m1", "", 0, null, "B", 1, new double[] {0.1, 0.8, 0.1})
                .build();
        ConfidentLearningResult result = ConfidentLearning.analyze(benchmark, results);
        ItemConfidence q1 = result.items().stream().filter(c -> c.itemId().equals("q1")).findFirst().orElseThrow();
        assertEquals(2, q1.responses());
        assertEquals(0.4, q1.selfConfidence(), 1e-6);
    }

    /**
     * Seeded property: four choices, golds flipped for 5% of the items, and models whose probabilities
     * favour the true answer with letter-specific biases and varying difficulty. Confident learning flags
     * almost only real flips (more precisely than "the models' argmax is not the gold"), finds about half
     * (a flip on an item too hard for the models clears no threshold), and estimates the flip rate closely.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void findsPlantedFlipsDespiteLetterBias(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2000;
        int models = 5;
        double[][] bias = new double[models][4];
        for (double[] b : bias) {
            for (int j = 0; j < 4; j++) {
                b[j] = random.nextDouble(-0.5, 0.5);
            }
        }
        List<Item> items = new ArrayList<>();
        Results.Builder results = Results.builder();
        Set<String> flipped = new HashSet<>();
        List<String> four = List.of("a", "b", "c", "d");
        for (int x = 0; x < n; x++) {
            int truth = random.nextInt(4);
            int gold = truth;
            if (random.nextDouble() < 0.05) {
                gold = (truth + 1 + random.nextInt(3)) % 4;
                flipped.add("q" + x);
            }
            items.add(Item.of("q" + x, "?", four, Item.letter(gold)));
            double difficulty = random.nextDouble(0.5, 3.5);
            for (int m = 0; m < models; m++) {
                double[] logits = new double[4];
                for (int j = 0; j < 4; j++) {
                    logits[j] = bias[m][j] + random.nextGaussian() * 0.7 + (j == truth ? difficulty : 0);
                }
                results.add("q" + x, "m" + m, "", 0, null, null, 0, softmax(logits));
            }
        }
        ConfidentLearningResult result = ConfidentLearning.analyze(new Benchmark("b", items), results.build());
        List<ItemConfidence> issues = result.issues();
        long hits = issues.stream().filter(c -> flipped.contains(c.itemId())).count();
        double precision = (double) hits / issues.size();
        double recall = (double) hits / flipped.size();
        long argmaxFlags = result.items().stream().filter(c -> c.margin() < 0).count();
        long argmaxHits = result.items().stream().filter(c -> c.margin() < 0 && flipped.contains(c.itemId())).count();
        assertTrue(precision >= 0.9, "precision " + precision);
        assertTrue(precision > (double) argmaxHits / argmaxFlags, "per-class thresholds beat the plain argmax ("
                + argmaxHits + " of " + argmaxFlags + ")");
        assertTrue(recall >= 0.45, "recall " + recall + " (hard items' flips stay below every threshold)");
        double trueRate = (double) flipped.size() / n;
        assertEquals(trueRate, result.estimatedErrorRate(), 0.015, "estimated flip rate");
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            max = Math.max(max, v);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int j = 0; j < p.length; j++) {
            p[j] = Math.exp(logits[j] - max);
            sum += p[j];
        }
        for (int j = 0; j < p.length; j++) {
            p[j] /= sum;
        }
        return p;
    }
}
