package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruthFittedBoundTest {
    private static final List<String> RANKERS = List.of(LabelRankers.DISAGREEMENT, LabelRankers.MARGIN,
            LabelRankers.DAWID_SKENE, LabelRankers.METHOD);

    /** Items whose vote share is one of two values; share[i], margin = share - 0.5, Dawid-Skene = ds[i]. */
    private static ScoredItems scored(double[] share, double[] ds) {
        int n = share.length;
        List<String> ids = IntStream.range(0, n).mapToObj(i -> String.format("item/%03d", i)).toList();
        double[] margin = new double[n];
        for (int i = 0; i < n; i++) {
            margin[i] = share[i] - 0.5;
        }
        return new ScoredItems(ids, Collections.nCopies(n, "s"), RANKERS,
                new double[][] {share, margin, ds, share.clone()});
    }

    /**
     * Positives sit where the baselines put the fewest votes against the gold: the fitted ordering learns that
     * from the truth and ranks every positive first, which no ranker of the counts can do better.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void ranksTheCellsByTheirShareOfPositives(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 60;
        double[] share = new double[n];
        double[] ds = new double[n];
        Set<String> positives = new HashSet<>();
        for (int i = 0; i < n; i++) {
            boolean positive = random.nextInt(4) == 0;
            share[i] = positive ? 0.2 : 0.9;
            ds[i] = random.nextGaussian();
            if (positive) {
                positives.add(String.format("item/%03d", i));
            }
        }
        ScoredItems withBound = TruthFittedBound.withBound(scored(share, ds), positives::contains, id -> true);
        assertEquals(RANKERS.size() + 1, withBound.rankers().size());
        int bound = withBound.ranker(TruthFittedBound.NAME);
        assertEquals(1.0, withBound.metrics(bound, positives::contains, id -> true).averagePrecision(), 1e-12);
        double baseline = withBound.metrics(withBound.ranker(LabelRankers.DISAGREEMENT), positives::contains,
                id -> true).averagePrecision();
        assertTrue(baseline < 0.5, "the baselines rank the positives last here: " + baseline);
    }

    /** Within a cell the counts say nothing more, and the ordering follows Dawid-Skene. */
    @Test
    void ordersACellByDawidSkene() {
        double[] share = {0.5, 0.5, 0.5, 0.5};
        double[] ds = {-3, 7, 0.5, 2};
        ScoredItems withBound = TruthFittedBound.withBound(scored(share, ds), id -> id.equals("item/000"), id -> true);
        assertArrayEquals(new int[] {1, 3, 2, 0}, withBound.order(withBound.ranker(TruthFittedBound.NAME)));
    }

    /** Items left out of the measurement (uncertain verdicts) do not enter the fit. */
    @Test
    void fitsOnlyTheMeasuredItems() {
        double[] share = {0.2, 0.2, 0.9, 0.9};
        double[] ds = {0, 0, 0, 0};
        Predicate<String> positive = id -> id.equals("item/000") || id.equals("item/002");
        Predicate<String> measuredAll = id -> true;
        Predicate<String> withoutFirst = id -> !id.equals("item/000");
        ScoredItems all = TruthFittedBound.withBound(scored(share, ds), positive, measuredAll);
        ScoredItems some = TruthFittedBound.withBound(scored(share, ds), positive, withoutFirst);
        int r = all.ranker(TruthFittedBound.NAME);
        assertEquals(all.scores()[r][2], all.scores()[r][0], 1e-9, "one positive in each cell: level");
        assertTrue(some.scores()[r][2] > some.scores()[r][1] + 0.1,
                "without item 0, the 0.2 cell has no positive left");
    }
}
