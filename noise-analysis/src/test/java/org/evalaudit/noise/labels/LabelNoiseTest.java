package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.labels.bench.SyntheticLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelNoiseTest {
    private static final LabelNoiseSettings DEFAULTS = LabelNoiseSettings.defaults();

    private static Fixtures.Built background() {
        return Fixtures.background();
    }

    private static SuspectItem find(LabelNoiseResult result, String id) {
        return result.ranking().stream().filter(s -> s.itemId().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The per-subject rates split the benchmark's estimate exactly (they are means of the same probabilities),
     * and the subject where wrong keys were planted comes out with the higher rate and its flagged items.
     */
    @Test
    void subjectRatesSplitTheEstimateAndFindTheSubjectWithWrongKeys() {
        Fixtures.Built built = background();
        for (int i = 100; i < 200; i++) {
            Item old = built.items.get(i);
            built.items.set(i, Fixtures.item(old.id(), old.gold(), "t"));
        }
        for (int i = 103; i < 200; i += 8) {
            built.votes(i, "AB", 1, 19);
        }
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        List<SubjectErrorRate> subjects = result.subjects();
        assertEquals(List.of("s", "t"), subjects.stream().map(SubjectErrorRate::subject).toList(), "benchmark order");
        assertEquals(200, subjects.stream().mapToInt(SubjectErrorRate::items).sum());
        assertEquals(result.estimatedErrorRate() * 200,
                subjects.stream().mapToDouble(SubjectErrorRate::estimatedWrong).sum(), 1e-9);
        assertEquals(result.suspects().size(), subjects.stream().mapToLong(SubjectErrorRate::flagged).sum());
        assertTrue(subjects.get(1).rate() > subjects.get(0).rate() + 0.05, subjects.toString());
        assertTrue(subjects.get(1).flagged() >= 10, "13 planted wrong keys: " + subjects);
    }

    @Test
    void blamesTheGoldWhenModelsAgreeOnAnotherAnswer() {
        Fixtures.Built built = background().votes(10, "AB", 1, 19);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        SuspectItem item = result.ranking().get(0);
        assertEquals("q10", item.itemId());
        assertEquals(Verdict.GOLD_WRONG, item.verdict());
        assertEquals("A", item.gold());
        assertEquals("B", item.suggestedAnswer());
        assertEquals(19, item.support());
        assertEquals(19, item.models().size());
        assertEquals(20, item.voters());
        assertTrue(item.explanation().startsWith("19 of 20 models answer B"), item.explanation());
        assertTrue(item.probabilityWrong() > 0.5);
    }

    @Test
    void splitsBetweenTwoOtherAnswersMeanNoValidOrSeveralAnswers() {
        Fixtures.Built built = background().votes(20, "BC", 10, 10);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        SuspectItem item = find(result, "q20");
        assertEquals(Verdict.NO_VALID_OR_MULTIPLE, item.verdict());
        assertTrue(item.explanation().matches("models split between ([BC]) \\(10 of 20 models\\) and (?!\\1)[BC] \\(10\\); "
                + "0 give the gold A"), item.explanation());
    }

    /**
     * The same split inside a corrupted stretch (every model rejects the gold of the 12 items around it): the
     * key is what is damaged, so the verdict blames the gold, and the explanation keeps the split.
     */
    @Test
    void aSplitInsideACorruptedStretchBlamesTheGold() {
        Fixtures.Built built = background();
        for (int i = 100; i < 113; i++) {
            built.votes(i, "B", 20);
        }
        built.votes(106, "BC", 10, 10);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        assertTrue(result.keyRuns().stream().anyMatch(run -> run.kind() == KeyRun.Kind.CORRUPTED && run.contains(106)),
                result.keyRuns().toString());
        SuspectItem item = find(result, "q106");
        assertEquals(Verdict.GOLD_WRONG, item.verdict());
        assertTrue(item.explanation().matches("models split between ([BC]) \\(10 of 20 models\\) and (?!\\1)[BC] "
                + "\\(10\\); 0 give the gold A; one of \\d+ consecutive items .*"), item.explanation());
    }

    /**
     * {@link Fixtures#runAndScatteredWrongKeys()}: the stretch is reported as a run with the smallest
     * permutation p-value, subject t as many wrong keys not in runs, in the items' explanations too.
     */
    @Test
    void tellsARunOfWrongKeysFromManyScatteredOnes() {
        Fixtures.Built built = Fixtures.runAndScatteredWrongKeys();
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        KeyRun run = result.keyRuns().stream().filter(r -> r.contains(45)).findFirst().orElseThrow();
        KeyRun scattered = result.keyRuns().stream().filter(r -> r.contains(150)).findFirst().orElseThrow();
        assertEquals(0.01, run.pValue(), 1e-12);
        assertTrue(run.inRuns());
        assertTrue(scattered.pValue() >= KeyRun.RUN_LEVEL && !scattered.inRuns(), result.keyRuns().toString());
        assertTrue(find(result, "q150").explanation().contains("where wrong keys are many but not in runs (permutation p = "),
                find(result, "q150").explanation());
        assertTrue(find(result, "q45").explanation().contains("whose key looks corrupted"), find(result, "q45").explanation());
    }

    @Test
    void aGoldMostModelsMissButThatStaysLikelierIsTooHard() {
        Fixtures.Built built = background().votes(30, "AB", 8, 12);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        SuspectItem item = find(result, "q30");
        assertTrue(item.probabilityWrong() < 0.5, "8 votes for the gold keep it likelier: " + item.probabilityWrong());
        assertEquals(Verdict.TOO_HARD, item.verdict());
        assertEquals("A", item.suggestedAnswer(), "a too-hard item keeps its gold");
        assertEquals(8, item.support());
    }

    @Test
    void everyAnsweredItemIsRankedOnceAndUnansweredItemsAreNot() {
        Fixtures.Built built = background();
        built.votes(5, "");
        List<Item> items = new ArrayList<>(built.items);
        items.add(Fixtures.item("never-answered", "A", "s"));
        LabelNoiseResult result = LabelNoise.analyze(new Benchmark("b", items), built.results(), DEFAULTS);
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < result.ranking().size(); r++) {
            assertEquals(r + 1, result.ranking().get(r).rank());
            ids.add(result.ranking().get(r).itemId());
        }
        assertEquals(200, ids.size());
        assertTrue(ids.contains("q5"), "an item whose responses are all abstentions still has responses");
        SuspectItem silent = find(result, "q5");
        assertEquals(0, silent.voters());
        assertEquals(Verdict.OK, silent.verdict());
    }

    @Test
    void anItemWithoutAUsableGoldRanksFirst() {
        Fixtures.Built built = background().gold(50, "F").gold(60, null);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        assertEquals(Set.of("q50", "q60"), Set.of(result.ranking().get(0).itemId(), result.ranking().get(1).itemId()));
        SuspectItem item = find(result, "q50");
        assertNull(item.suspicion());
        assertEquals(1.0, item.probabilityWrong());
        assertEquals(Verdict.GOLD_WRONG, item.verdict());
        assertEquals("F", item.gold());
        assertTrue(item.explanation().startsWith("the gold F is not one of the 4 choices"), item.explanation());
        assertTrue(find(result, "q60").explanation().startsWith("the item has no gold"));
    }

    @Test
    void copiesWithDifferentGoldsHaveEvenPriorOdds() {
        Fixtures.Built built = background().gold(70, "B").votes(70, "AB", 15, 5);
        List<Item> items = new ArrayList<>(built.items);
        Item original = items.get(71);
        items.set(71, new Item("q71", items.get(70).question(), original.choices(), "A", null, null, "s", Map.of()));
        Benchmark benchmark = new Benchmark("b", items);
        Results results = built.results();
        LabelNoiseResult with = LabelNoise.analyze(benchmark, results, DEFAULTS);
        LabelNoiseResult without = LabelNoise.analyze(benchmark, results, DEFAULTS.withSignals(true, true, false));
        assertTrue(find(with, "q70").suspicion() > find(without, "q70").suspicion());
        assertTrue(find(with, "q70").explanation().contains("same text (question and any choices) as q71"),
                find(with, "q70").explanation());
    }

    @Test
    void freeFormAnswersAreComparedAfterNormalisation() {
        List<Item> items = new ArrayList<>();
        Results.Builder results = Results.builder();
        for (int i = 0; i < 120; i++) {
            String gold = i == 17 ? "42" : String.valueOf(1000 + i);
            items.add(new Item("g" + i, "What is " + i + "?", List.of(), gold, null, null, "math", Map.of()));
            for (int j = 0; j < 12; j++) {
                String answer = i == 17 ? (j < 10 ? "1,017" : "42.0") : j == (i % 12) ? String.valueOf(i) : "$" + (1000 + i);
                results.add("g" + i, "m" + j, "", 0, null, answer, 0);
            }
        }
        LabelNoiseResult result = LabelNoise.analyze(new Benchmark("free", items), results.build(), DEFAULTS);
        SuspectItem top = result.ranking().get(0);
        assertEquals("g17", top.itemId());
        assertEquals(Verdict.GOLD_WRONG, top.verdict());
        assertEquals("42", top.gold());
        assertEquals("1017", top.suggestedAnswer());
        assertEquals(10, top.support());
        assertTrue(find(result, "g5").verdict() == Verdict.OK, "$1005 is 1005");
    }

    @Test
    void isDeterministic() {
        Fixtures.Built built = background().votes(10, "AB", 1, 19);
        assertEquals(LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS),
                LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS));
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void errorRateIntervalBracketsTheEstimateAndMovesWithTheTrueRate(long seed) {
        SyntheticLabels low = SyntheticLabels.generate(3000, 15, 4, 0.01, 0, 0, seed);
        SyntheticLabels high = SyntheticLabels.generate(3000, 15, 4, 0.10, 0, 0, seed);
        ErrorRate lowRate = LabelNoise.analyze(low.benchmark(), low.results(), DEFAULTS).errorRate();
        ErrorRate highRate = LabelNoise.analyze(high.benchmark(), high.results(), DEFAULTS).errorRate();
        assertTrue(lowRate.lower() <= lowRate.rate() && lowRate.rate() <= lowRate.upper());
        assertEquals("subject", lowRate.resampledUnit(), "30 subjects of 100 items");
        assertTrue(highRate.rate() > lowRate.rate() + 0.05, lowRate + " vs " + highRate);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void theKeyStateModelFindsAPlantedCorruptedStretch(long seed) {
        SyntheticLabels data = SyntheticLabels.generate(2000, 20, 4, 0.02, 1220, 30, seed);
        LabelNoiseResult result = LabelNoise.analyze(data.benchmark(), data.results(), DEFAULTS);
        LabelNoiseResult flat = LabelNoise.analyze(data.benchmark(), data.results(), DEFAULTS.withSignals(true, false, true));
        assertTrue(result.keyRuns().stream().anyMatch(run -> run.kind() == KeyRun.Kind.CORRUPTED
                && run.firstIndex() < 1250 && run.lastIndex() >= 1220), result.keyRuns().toString());
        assertTrue(averagePrecision(result, data) > averagePrecision(flat, data),
                averagePrecision(result, data) + " vs " + averagePrecision(flat, data));
    }

    private static double averagePrecision(LabelNoiseResult result, SyntheticLabels data) {
        int hits = 0;
        double sum = 0;
        int positives = 0;
        for (boolean w : data.wrongGold()) {
            positives += w ? 1 : 0;
        }
        for (int r = 0; r < result.ranking().size(); r++) {
            if (data.wrongGold()[Integer.parseInt(result.ranking().get(r).itemId().substring(5))]) {
                hits++;
                sum += hits / (double) (r + 1);
            }
        }
        return sum / positives;
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53})
    void findsAKeyShiftedByOneItemAndNoneWhereTheKeyIsAligned(long seed) {
        SyntheticLabels data = SyntheticLabels.generate(1000, 30, 4, 0.0, 0, 0, seed);
        LabelNoiseResult aligned = LabelNoise.analyze(data.benchmark(), data.results(), DEFAULTS);
        assertTrue(aligned.keyRuns().stream().noneMatch(run -> run.kind() != KeyRun.Kind.CORRUPTED),
                aligned.keyRuns().toString());
        List<Item> items = new ArrayList<>(data.benchmark().items());
        Set<String> changed = new HashSet<>();
        for (int i = 420; i < 440; i++) {
            Item item = items.get(i);
            String next = data.benchmark().items().get(i + 1).gold();
            if (!next.equals(item.gold())) {
                changed.add(item.id());
            }
            items.set(i, item.withGold(next));
        }
        LabelNoiseResult shifted = LabelNoise.analyze(new Benchmark("shifted", items), data.results(), DEFAULTS);
        assertTrue(shifted.keyRuns().stream().anyMatch(run -> run.kind() == KeyRun.Kind.SHIFT_FROM_NEXT
                && run.firstIndex() < 430 && run.lastIndex() >= 430), shifted.keyRuns().toString());
        long flagged = shifted.ranking().stream()
                .filter(s -> changed.contains(s.itemId()) && s.verdict() == Verdict.KEY_SHIFT).count();
        assertTrue(flagged >= changed.size() / 2, flagged + " of " + changed.size() + " shifted golds called key_shift");
        for (KeyRun shift : shifted.keyRuns()) {
            if (shift.kind() != KeyRun.Kind.CORRUPTED) {
                assertTrue(shifted.keyRuns().stream().noneMatch(run -> run.kind() == KeyRun.Kind.CORRUPTED
                        && run.firstIndex() >= shift.firstIndex() && run.lastIndex() <= shift.lastIndex()),
                        "a corrupted stretch inside the shift is the shift, reported once: " + shifted.keyRuns());
            }
        }
        assertTrue(shifted.ranking().stream().filter(s -> s.verdict() == Verdict.KEY_SHIFT)
                .noneMatch(s -> s.explanation().contains("looks corrupted")), "the shift is not explained twice");
    }

    /**
     * Seeded benchmarks without stretches: 600 items of one subject, 12 models of accuracy 0.6-0.95, 5% of
     * golds replaced by another letter. The suspect side of the ranking follows the weighted vote margin m,
     * not the saturating Dirichlet evidence: an item b on that side (m_b >= 0) whose key is aligned ranks below
     * every item a whose margin evidence is more than 1.39 nats above b's, k (m_a - m_b) > 1.39. Bound
     * (evidence L = k m, k the unanimous-rejection evidence): an item's P(wrong) = P_a + g1 (P_c - P_a), P_a = sigmoid(logit eps_aligned + L) and g1 its corrupted
     * posterior, is at least P_a and at most P_a + g1 (1 - P_a). For b, with P_a >= eps_aligned (m_b >= 0) and
     * g1 <= eps_aligned <= 1/2, its log-odds exceed logit P_a by at most log(1 + g1 / P_a) - log(1 - g1)
     * <= log 2 + log 2 = 1.39 nats; a's log-odds are at least its own logit P_a, which is k (m_a - m_b) above
     * b's. (k is about 30 nats on these data, whose models err independently.)
     */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void whereTheKeyIsAlignedTheSuspectsFollowTheMargin(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 600;
        int models = 12;
        Fixtures.Built built = Fixtures.unanimous(n, models);
        double[] accuracy = new double[models];
        for (int j = 0; j < models; j++) {
            accuracy[j] = 0.6 + 0.35 * random.nextDouble();
        }
        String letters = "ABCD";
        for (int i = 0; i < n; i++) {
            int truth = random.nextInt(4);
            int gold = random.nextDouble() < 0.05 ? (truth + 1 + random.nextInt(3)) % 4 : truth;
            built.gold(i, String.valueOf(letters.charAt(gold)));
            for (int j = 0; j < models; j++) {
                int answer = random.nextDouble() < accuracy[j] ? truth : random.nextInt(4);
                built.answers[i][j] = String.valueOf(letters.charAt(answer));
            }
        }
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        WeightedVotes votes = WeightedVotes.of(table, OneCoinDawidSkene.fit(table).voteWeights(4));
        DirichletVoteModel voteModel = DirichletVoteModel.fit(votes);
        double k = voteModel.unanimousEvidence(votes.medianTotal(), 4);
        KeyStateModel keys = KeyStateModel.fit(voteModel.evidence(votes), new int[n]);
        LabelNoiseResult result = LabelNoise.analyze(built.benchmark(), built.results(), DEFAULTS);
        int pairs = 0;
        for (int b = 0; b < n; b++) {
            double mb = votes.margin(b);
            if (mb < 0 || keys.corruptedPosterior(b) > keys.alignedErrorRate()) {
                continue;
            }
            for (int a = 0; a < n; a++) {
                double ma = votes.margin(a);
                if (k * (ma - mb) > 1.39) {
                    pairs++;
                    assertTrue(find(result, table.id(a)).suspicion() > find(result, table.id(b)).suspicion(),
                            table.id(a) + " (margin " + ma + ") vs " + table.id(b) + " (" + mb + ")");
                }
            }
        }
        assertTrue(pairs > 10, "pairs compared: " + pairs);
    }
}
