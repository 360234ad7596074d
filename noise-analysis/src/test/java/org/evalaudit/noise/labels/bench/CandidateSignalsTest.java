package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;
import org.evalaudit.noise.labels.SimpleRankers;
import org.evalaudit.noise.labels.SuspectItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateSignalsTest {
    private static final List<String> ABCD = List.of("a", "b", "c", "d");

    private static Item item(String id, String gold, String subject) {
        return new Item(id, "q " + id, ABCD, gold, null, null, subject, Map.of());
    }

    /**
     * Gold A; m1 (weight 2) answers B, m2 (weight 1) answers A and C in two samples, m3 (weight 1) answers B,
     * m4 abstains. gamma 1: W = 2 + 1 + 1 = 4, B has 3, A 1/2 (m2's samples share its weight): (3 - 0.5) / 4.
     * gamma 2: weights 4, 1, 1: (5 - 0.5) / 6.
     */
    @Test
    void weighsEachModelByItsWeightToTheGamma() {
        Benchmark benchmark = new Benchmark("b", List.of(item("i1", "A", "s")));
        Results results = Results.builder()
                .add("i1", "m1", "", 0, "B", "B", 0)
                .add("i1", "m2", "", 0, "A", "A", 1)
                .add("i1", "m2", "", 1, "C", "C", 0)
                .add("i1", "m3", "", 0, "B", "B", 0)
                .add("i1", "m4", "", 0, "x", null, 0)
                .build();
        Map<String, Double> w = Map.of("m1", 2.0, "m2", 1.0, "m3", 1.0, "m4", 3.0);
        assertEquals(2.5 / 4, CandidateSignals.strongestModelsMargin(benchmark, results, w, List.of("i1"), 1)[0], 1e-12);
        assertEquals(4.5 / 6, CandidateSignals.strongestModelsMargin(benchmark, results, w, List.of("i1"), 2)[0], 1e-12);
    }

    @Test
    void anItemWithoutAUsableGoldIsNaN() {
        Benchmark benchmark = new Benchmark("b", List.of(item("i1", "E", "s")));
        Results results = Results.builder().add("i1", "m1", "", 0, "B", "B", 0).build();
        assertTrue(Double.isNaN(CandidateSignals.strongestModelsMargin(benchmark, results, Map.of("m1", 1.0),
                List.of("i1"), 1)[0]));
    }

    /** Seeded random benchmarks: 4-choice items in 3 subjects, models of varied accuracy, some abstentions. */
    private record Data(Benchmark benchmark, Results results, List<String> ids, List<String> subjects,
                        Map<String, Double> weights) {
    }

    private static Data random(long seed, int subjectsCount) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        Results.Builder results = Results.builder();
        Map<String, Double> weights = new HashMap<>();
        int models = 6 + random.nextInt(6);
        double[] accuracy = new double[models];
        for (int j = 0; j < models; j++) {
            accuracy[j] = 0.4 + 0.5 * random.nextDouble();
            weights.put("m" + j, 0.1 + 3 * random.nextDouble());
        }
        int n = 60 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            String id = String.format("i%03d", i);
            String subject = "s" + (i * subjectsCount / n);
            int truth = random.nextInt(4);
            int gold = random.nextDouble() < 0.1 ? (truth + 1 + random.nextInt(3)) % 4 : truth;
            items.add(item(id, Item.letter(gold), subject));
            ids.add(id);
            subjects.add(subject);
            for (int j = 0; j < models; j++) {
                if (random.nextDouble() < 0.05) {
                    results.add(id, "m" + j, "", 0, "", null, 0);
                    continue;
                }
                int answer = random.nextDouble() < accuracy[j] ? truth : random.nextInt(4);
                results.add(id, "m" + j, "", 0, Item.letter(answer), Item.letter(answer), answer == gold ? 1 : 0);
            }
        }
        return new Data(new Benchmark("b", items), results.build(), ids, subjects, weights);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void withEqualWeightsItIsTheVoteMarginOverTheVoters(long seed) {
        Data d = random(seed, 3);
        double[] margin = CandidateSignals.strongestModelsMargin(d.benchmark(), d.results(), d.weights(), d.ids(), 0);
        SimpleRankers.Scores simple = SimpleRankers.of(d.benchmark(), d.results());
        Map<String, Integer> voters = new HashMap<>();
        for (int row = 0; row < d.results().size(); row++) {
            if (d.results().answer(row) != null) {
                voters.merge(d.results().items().get(d.results().item(row)), 1, Integer::sum);
            }
        }
        for (int i = 0; i < d.ids().size(); i++) {
            int v = voters.getOrDefault(d.ids().get(i), 0);
            // SimpleRankers' margin is (n_best - n_gold) / (n + 1); this one divides by n
            assertEquals(simple.margin()[i] * (v + 1) / Math.max(1, v), margin[i], 1e-12, d.ids().get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void scalingEveryWeightChangesNothing(long seed) {
        Data d = random(seed, 3);
        Map<String, Double> scaled = new HashMap<>();
        d.weights().forEach((m, w) -> scaled.put(m, 7.5 * w));
        for (double gamma : new double[] {1, 2, 4}) {
            double[] a = CandidateSignals.strongestModelsMargin(d.benchmark(), d.results(), d.weights(), d.ids(), gamma);
            double[] b = CandidateSignals.strongestModelsMargin(d.benchmark(), d.results(), scaled, d.ids(), gamma);
            assertArrayEquals(a, b, 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void theDiscriminationTermMovesEachItemByBetaTimesItsDiscrimination(long seed) {
        Data d = random(seed, 3);
        LabelNoiseResult result = LabelNoise.analyze(d.benchmark(), d.results(), LabelNoiseSettings.defaults());
        double[] unchanged = CandidateSignals.withDiscrimination(result, d.ids(), 0);
        double[] moved = CandidateSignals.withDiscrimination(result, d.ids(), 3);
        for (SuspectItem item : result.ranking()) {
            int i = d.ids().indexOf(item.itemId());
            assertEquals(item.suspicion(), unchanged[i], 0);
            double discrimination = item.discrimination() == null ? 0 : item.discrimination();
            assertEquals(item.suspicion() - 3 * discrimination, moved[i], 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void perSubjectDawidSkeneOfOneSubjectIsTheGlobalOne(long seed) {
        Data one = random(seed, 1);
        assertArrayEquals(SimpleRankers.of(one.benchmark(), one.results()).dawidSkene(),
                CandidateSignals.perSubjectDawidSkene(one.benchmark(), one.results(), one.ids(), one.subjects()), 1e-9);
        Data three = random(seed, 3);
        double[] perSubject = CandidateSignals.perSubjectDawidSkene(three.benchmark(), three.results(), three.ids(),
                three.subjects());
        List<Item> first = three.benchmark().items().stream().filter(i -> i.subject().equals("s0")).toList();
        double[] alone = SimpleRankers.of(new Benchmark("s0", first), three.results()).dawidSkene();
        for (int i = 0; i < first.size(); i++) {
            assertEquals(alone[i], perSubject[three.ids().indexOf(first.get(i).id())], 1e-9);
        }
    }
}
