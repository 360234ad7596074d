package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RankingBootstrapTest {
    private static final Predicate<String> ALL = id -> true;
    private static final Predicate<String> POSITIVE = id -> id.startsWith("a/");

    /** Subject a: 30 positives scored high; subject b: 70 negatives scored low. */
    private static ScoredItems twoSubjects() {
        List<String> ids = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        double[] score = new double[100];
        for (int i = 0; i < 100; i++) {
            String subject = i < 30 ? "a" : "b";
            ids.add(String.format("%s/%03d", subject, i));
            subjects.add(subject);
            score[i] = i < 30 ? 1 : 0;
        }
        return new ScoredItems(ids, subjects, List.of("perfect"), new double[][] {score});
    }

    /** Items drawn within their subject keep every subject's size: 30 positives on top, every time. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void withinSubjectsKeepsEachSubjectsShare(long seed) {
        for (RankingMetrics[] replicate : new RankingBootstrap(twoSubjects()).withinSubjects(POSITIVE, ALL, 200, seed)) {
            assertEquals(0.6, replicate[0].precisionAt50(), 1e-12);
            assertEquals(1.0, replicate[0].averagePrecision(), 1e-12);
        }
    }

    /**
     * Subjects drawn whole change how many positives there are: a replicate without subject a has none,
     * one with it twice has 60 (P@50 1). Over 200 replicates both happen (each about a quarter of the time).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void overSubjectsMovesWholeSubjects(long seed) {
        List<RankingMetrics[]> replicates = new RankingBootstrap(twoSubjects()).overSubjects(POSITIVE, ALL, 200, seed);
        long none = replicates.stream().filter(r -> r[0].precisionAt50() == 0).count();
        long twice = replicates.stream().filter(r -> r[0].precisionAt50() == 1).count();
        long once = replicates.stream().filter(r -> Math.abs(r[0].precisionAt50() - 0.6) < 1e-12).count();
        assertEquals(200, none + twice + once, "only whole subjects are drawn");
        assertTrue(none > 20 && twice > 20 && once > 60, none + " / " + once + " / " + twice);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void isReproducibleFromItsSeed(long seed) {
        RankingBootstrap bootstrap = new RankingBootstrap(twoSubjects());
        Predicate<String> mixed = id -> id.endsWith("1") || id.startsWith("a/");
        List<RankingMetrics[]> first = bootstrap.withinSubjects(mixed, ALL, 20, seed);
        List<RankingMetrics[]> second = bootstrap.withinSubjects(mixed, ALL, 20, seed);
        for (int b = 0; b < first.size(); b++) {
            assertEquals(first.get(b)[0], second.get(b)[0]);
        }
    }
}
