package org.evalaudit.contamination.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsTest {

    @Test
    void normalTailsMatchTables() {
        // Abramowitz and Stegun, table 26.1: Phi(1.96) = 0.9750021048517795, Phi(1) = 0.8413447460685429
        assertEquals(0.9750021048517795, Normal.cdf(1.96), 1e-14);
        assertEquals(0.8413447460685429, Normal.cdf(1.0), 1e-14);
        assertEquals(0.5, Normal.cdf(0), 0);
        assertEquals(2.866515718791939e-7, Normal.upperTail(5.0), 1e-15);
        assertEquals(6.220960574271785e-16, Normal.upperTail(8.0), 1e-25);
        assertEquals(1.776482112077679e-33, Normal.upperTail(12.0), 1e-42);
    }

    @Test
    void twoProportionZReproducesAWorkedExample() {
        // homeworksource.com/p/1008622: x1 = 140 of n1 = 200, x2 = 255 of n2 = 340:
        // pooled p = 0.7314815, SE = 0.03949401, z = -1.266015 (the page's p-value uses a t distribution;
        // the normal one, R's pnorm(-1.266015), is 0.1027539)
        double z = Stats.twoProportionZ(140, 200, 255, 340);
        assertEquals(-1.266015, z, 1e-6);
        assertEquals(0.1027539, Normal.cdf(z), 1e-7);
    }

    /** z^2 equals Pearson's chi-square statistic of the 2x2 table (a standard identity). */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void zSquaredEqualsTheChiSquareOfTheTwoByTwoTable(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n1 = 5 + random.nextInt(500);
            int n2 = 5 + random.nextInt(500);
            int x1 = random.nextInt(n1 + 1);
            int x2 = random.nextInt(n2 + 1);
            if (x1 + x2 == 0 || x1 + x2 == n1 + n2) {
                continue;
            }
            double[][] observed = {{x1, n1 - x1}, {x2, n2 - x2}};
            double total = n1 + n2;
            double chi = 0;
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 2; c++) {
                    double expected = (observed[r][0] + observed[r][1]) * (observed[0][c] + observed[1][c]) / total;
                    chi += (observed[r][c] - expected) * (observed[r][c] - expected) / expected;
                }
            }
            double z = Stats.twoProportionZ(x1, n1, x2, n2);
            assertEquals(chi, z * z, 1e-9 * Math.max(1, chi));
        }
    }

    @Test
    void welchIntervalOfADifference() {
        double[] a = {1, 1, 1, 0};
        double[] b = {0, 0, 1, 0, 0};
        double[] d = Stats.differenceInterval(a, b);
        double se = Math.sqrt(0.25 / 4 + 0.2 / 5);
        assertEquals(0.55, d[0], 1e-12);
        assertEquals(0.55 - Normal.Z_95 * se, d[1], 1e-12);
        assertEquals(0.55 + Normal.Z_95 * se, d[2], 1e-12);
    }

    /**
     * The 95 % normal interval of a mean of per-item scores: {1, 0, 1, 1, 0} has mean 0.6 and sample variance
     * 0.3 (sum of squares 1.2 over n - 1 = 4); two items still have a variance (0.5 for {0, 1}), one has none.
     */
    @Test
    void meanIntervalOfPerItemScores() {
        double[] five = Stats.meanInterval(new double[] {1, 0, 1, 1, 0});
        double half = Normal.Z_95 * Math.sqrt(0.3 / 5);
        assertEquals(0.6, five[0], 1e-12);
        assertEquals(0.6 - half, five[1], 1e-12);
        assertEquals(0.6 + half, five[2], 1e-12);
        assertEquals(0.5, Stats.variance(new double[] {0, 1}, 0.5), 1e-12);
        assertEquals(0.5 - Normal.Z_95 * 0.5, Stats.meanInterval(new double[] {0, 1})[1], 1e-12);
        double[] one = Stats.meanInterval(new double[] {1});
        assertEquals(1, one[0]);
        assertTrue(Double.isNaN(one[1]) && Double.isNaN(one[2]), "one item gives no spread");
        assertTrue(Double.isNaN(Stats.meanInterval(new double[0])[0]));
    }
}
