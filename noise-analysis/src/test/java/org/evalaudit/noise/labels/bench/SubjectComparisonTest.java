package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectComparisonTest {
    private static final Predicate<String> ALL = id -> true;

    /**
     * Subject x: positives x1 and x3. Ranker a orders x1 x2 x3 x4: AP = (1/1 + 2/3) / 2 = 5/6; ranker b orders
     * x2 x3 x4 x1: AP = (1/2 + 2/4) / 2 = 1/2 (average precision as in Manning, Raghavan and Schuetze 2008,
     * section 8.4). Subject y has no positive and no AP. Subject z: positive z1, a ranks it second (AP 1/2), b
     * first (AP 1). Mean difference over x and z: (1/3 - 1/2) / 2 = -1/12.
     */
    private static ScoredItems worked() {
        return new ScoredItems(List.of("x1", "x2", "x3", "x4", "y1", "y2", "y3", "z1", "z2"),
                List.of("x", "x", "x", "x", "y", "y", "y", "z", "z"), List.of("a", "b"),
                new double[][] {{4, 3, 2, 1, 3, 2, 1, 1, 2}, {1, 4, 3, 2, 1, 2, 3, 2, 1}});
    }

    private static final Predicate<String> WORKED_POSITIVES = id -> Set.of("x1", "x3", "z1").contains(id);

    @Test
    void averagesPerSubjectDifferencesOverSubjectsWithPositives() {
        SubjectComparison c = SubjectComparison.of(worked(), 0, 1, "t", WORKED_POSITIVES, ALL, Set.of(), 2000, 7);
        assertEquals(List.of("x", "z"), c.rows().stream().map(SubjectComparison.Row::subject).toList());
        assertEquals(5.0 / 6, c.rows().get(0).apA(), 1e-12);
        assertEquals(0.5, c.rows().get(0).apB(), 1e-12);
        assertEquals(2, c.rows().get(0).positives());
        assertEquals(4, c.rows().get(0).items());
        assertEquals(0.5, c.rows().get(1).apA(), 1e-12);
        assertEquals(1.0, c.rows().get(1).apB(), 1e-12);
        assertEquals(-1.0 / 12, c.meanDifference(), 1e-12);
        // with two subjects every bootstrap mean is 1/3, -1/12 or -1/2
        assertTrue(c.low() >= -0.5 - 1e-12 && c.high() <= 1.0 / 3 + 1e-12, c.low() + " " + c.high());
        assertFalse(c.excludesZero());
    }

    @Test
    void leftOutSubjectsAndDroppedItemsDoNotCount() {
        SubjectComparison c = SubjectComparison.of(worked(), 0, 1, "t", WORKED_POSITIVES, ALL, Set.of("x"), 500, 7);
        assertEquals(1, c.rows().size());
        assertEquals(-0.5, c.meanDifference(), 1e-12);
        assertEquals(-0.5, c.low(), 1e-12);
        assertEquals(-0.5, c.high(), 1e-12);
        assertTrue(c.excludesZero());
        // dropping x2 (ranked above x3 by a, above both positives by b): a 1, b (1/1 + 2/3) / 2 in subject x
        SubjectComparison kept = SubjectComparison.of(worked(), 0, 1, "t", WORKED_POSITIVES, id -> !id.equals("x2"),
                Set.of("z"), 500, 7);
        assertEquals(1 - 5.0 / 6, kept.meanDifference(), 1e-12);
    }

    private static ScoredItems random(long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        int n = 200 + random.nextInt(200);
        double[][] scores = new double[2][n];
        for (int i = 0; i < n; i++) {
            ids.add(String.format("item%04d", i));
            subjects.add("s" + random.nextInt(12));
            scores[0][i] = random.nextGaussian();
            scores[1][i] = random.nextInt(5);
        }
        return new ScoredItems(ids, subjects, List.of("a", "b"), scores);
    }

    private static Predicate<String> randomTruth(long seed) {
        return id -> new SplittableRandom(seed * 31 + id.hashCode()).nextDouble() < 0.1;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void aRankerAgainstItselfDiffersByExactlyZero(long seed) {
        SubjectComparison c = SubjectComparison.of(random(seed), 0, 0, "t", randomTruth(seed), ALL, Set.of(), 300, seed);
        assertEquals(0, c.meanDifference(), 0);
        assertEquals(0, c.low(), 0);
        assertEquals(0, c.high(), 0);
        assertEquals(0, c.shareAbove(), 0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void swappingTheRankersMirrorsTheResult(long seed) {
        ScoredItems items = random(seed);
        SubjectComparison ab = SubjectComparison.of(items, 0, 1, "t", randomTruth(seed), ALL, Set.of(), 400, seed);
        SubjectComparison ba = SubjectComparison.of(items, 1, 0, "t", randomTruth(seed), ALL, Set.of(), 400, seed);
        assertEquals(-ab.meanDifference(), ba.meanDifference(), 1e-12);
        assertEquals(-ab.high(), ba.low(), 1e-12);
        assertEquals(-ab.low(), ba.high(), 1e-12);
        assertTrue(ab.low() <= ab.high());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261127})
    void theOrderOfTheItemsDoesNotMatter(long seed) {
        ScoredItems items = random(seed);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.ids().size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double[][] scores = new double[2][order.size()];
        for (int k = 0; k < order.size(); k++) {
            scores[0][k] = items.scores()[0][order.get(k)];
            scores[1][k] = items.scores()[1][order.get(k)];
        }
        ScoredItems shuffled = new ScoredItems(order.stream().map(items.ids()::get).toList(),
                order.stream().map(items.subjects()::get).toList(), items.rankers(), scores);
        SubjectComparison a = SubjectComparison.of(items, 0, 1, "t", randomTruth(seed), ALL, Set.of(), 300, seed);
        SubjectComparison b = SubjectComparison.of(shuffled, 0, 1, "t", randomTruth(seed), ALL, Set.of(), 300, seed);
        assertEquals(a, b);
    }
}
