package org.evalaudit.noise.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BootstrapTest {

    /**
     * Hyndman and Fan (1996) type 7, R's default {@code quantile()}: for 1, 2, 3, 4 R gives 1.75 at 0.25,
     * 2.5 at 0.5 and 3.7 at 0.9, and the extremes at 0 and 1.
     */
    @Test
    void quantilesInterpolateLinearlyBetweenOrderStatisticsAsInR() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1.75, Bootstrap.quantile(sorted, 0.25), 1e-12);
        assertEquals(2.5, Bootstrap.quantile(sorted, 0.5), 1e-12);
        assertEquals(3.7, Bootstrap.quantile(sorted, 0.9), 1e-12);
        assertEquals(1, Bootstrap.quantile(sorted, 0), 1e-12);
        assertEquals(4, Bootstrap.quantile(sorted, 1), 1e-12);
        assertEquals(7, Bootstrap.quantile(new double[] {7}, 0.3), 1e-12, "one value is every quantile");
    }

    @Test
    void anIntervalsHalfWidthAndMembership() {
        Interval interval = new Interval(0.2, 0.6);
        assertEquals(0.2, interval.halfWidth(), 1e-15);
        assertTrue(interval.contains(0.2) && interval.contains(0.6) && interval.contains(0.4));
        assertTrue(!interval.contains(0.1999) && !interval.contains(0.6001));
    }

    @Test
    void theSameSeedGivesTheSameIntervalAndAnotherSeedAnother() {
        double[] scores = fractional(new SplittableRandom(5), 300);
        Interval a = new Bootstrap(500, 0.95, 7).meanInterval(scores);
        assertEquals(a, new Bootstrap(500, 0.95, 7).meanInterval(scores));
        assertNotEquals(a, new Bootstrap(500, 0.95, 8).meanInterval(scores));
    }

    /** Property: for many items the percentile interval approaches mean +- 1.96 SE (the CLT interval). */
    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63})
    void agreesWithTheCltForManyItems(long seed) {
        double[] scores = fractional(new SplittableRandom(seed), 4000);
        Moments m = Moments.of(scores);
        double se = StandardErrors.clt(scores);
        Interval ci = new Bootstrap(2000, 0.95, seed).meanInterval(scores);
        assertEquals(m.mean() - 1.96 * se, ci.low(), 0.1 * 1.96 * se);
        assertEquals(m.mean() + 1.96 * se, ci.high(), 0.1 * 1.96 * se);
    }

    @Test
    void constantScoresGiveAPointInterval() {
        Interval ci = new Bootstrap(100, 0.95, 1).meanInterval(new double[] {0.5, 0.5, 0.5});
        assertEquals(new Interval(0.5, 0.5), ci);
    }

    /** Rows share the resampled items; a row with missing items uses its present ones. */
    @Test
    void rowsWithMissingItemsStayAroundTheirOwnMean() {
        double[] full = fractional(new SplittableRandom(9), 1000);
        double[] holes = full.clone();
        for (int i = 0; i < holes.length; i += 3) {
            holes[i] = Double.NaN;
        }
        Interval[] both = new Bootstrap(1000, 0.95, 3).meanIntervals(new double[][] {full, holes});
        assertTrue(both[0].contains(Moments.of(full).mean()));
        assertTrue(both[1].contains(Moments.of(holes).mean()));
        assertTrue(both[1].halfWidth() > both[0].halfWidth(), "fewer items, wider interval");
    }

    private static double[] fractional(SplittableRandom random, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(6) / 5.0;
        }
        return x;
    }
}
