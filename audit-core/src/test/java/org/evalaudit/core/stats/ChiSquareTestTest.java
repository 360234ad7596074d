package org.evalaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChiSquareTestTest {

    /**
     * Upper-tail critical values of the chi-square distribution from the NIST/SEMATECH e-Handbook of
     * Statistical Methods, §1.3.6.7.4 (tabulated to three decimals, hence the tolerance): the tail beyond
     * each critical value is the tabulated significance level.
     */
    @ParameterizedTest
    @CsvSource({
        "3.841, 1, 0.05", "5.991, 2, 0.05", "7.815, 3, 0.05", "9.488, 4, 0.05", "18.307, 10, 0.05",
        "6.635, 1, 0.01", "11.345, 3, 0.01", "15.086, 5, 0.01", "16.266, 3, 0.001",
    })
    void tailBeyondTabulatedCriticalValuesIsTheSignificanceLevel(double critical, int df, double alpha) {
        assertEquals(alpha, ChiSquareTest.survival(critical, df), alpha * 3e-3);
    }

    /** Same points to full precision against scipy.stats.chi2.sf 1.17.1. */
    @ParameterizedTest
    @CsvSource({
        "3.841, 1, 0.050013683763956804", "0.5, 1, 0.47950012218695337", "0.001, 3, 0.9999915920809419",
        "100, 3, 1.5541594313896026e-21", "30, 20, 0.06985366069940986", "200, 150, 0.003973185970821635",
    })
    void survivalMatchesReferenceToTwelveDigits(double x, int df, double expected) {
        assertEquals(expected, ChiSquareTest.survival(x, df), expected * 1e-12);
    }

    /**
     * Worked example: Mendel's pea experiment in Agresti, An Introduction to Categorical Data Analysis,
     * 2nd ed. (2007), §1.5.4: 6022 yellow and 2001 green seeds against the 3:1 theory give X² = 0.015,
     * df = 1, P = 0.90.
     */
    @Test
    void agrestisMendelExample() {
        ChiSquareTest.Result r = ChiSquareTest.goodnessOfFit(new long[] {6022, 2001}, new double[] {6017.25, 2005.75});
        assertEquals(0.015, r.statistic(), 0.0005);
        assertEquals(1, r.degreesOfFreedom());
        assertEquals(0.90, r.pValue(), 0.005);
        assertEquals(0.9025279515853211, r.pValue(), 1e-12, "scipy.stats.chisquare gives 0.9025279515853211");
        assertTrue(r.reliable());
    }

    /** Mendel's dihybrid cross 315:108:101:32 against 9:3:3:1: X² = 0.470, df = 3, p = 0.925. */
    @Test
    void mendelsDihybridCross() {
        ChiSquareTest.Result r = ChiSquareTest.goodnessOfFit(new long[] {315, 108, 101, 32},
                new double[] {312.75, 104.25, 104.25, 34.75});
        assertEquals(0.4700239808153477, r.statistic(), 1e-12);
        assertEquals(0.925425895103616, r.pValue(), 1e-12);
    }

    @Test
    void uniformTestOfASkewedGoldDistribution() {
        ChiSquareTest.Result r = ChiSquareTest.uniform(new long[] {40, 20, 20, 20});
        assertEquals(12.0, r.statistic(), 1e-12);
        assertEquals(3, r.degreesOfFreedom());
        assertEquals(0.007383160505359769, r.pValue(), 1e-14);
    }

    @Test
    void emptyExpectedCellsAreDroppedOrMakeTheFitImpossible() {
        ChiSquareTest.Result dropped = ChiSquareTest.goodnessOfFit(new long[] {10, 10, 0}, new double[] {10, 10, 0});
        assertEquals(1, dropped.degreesOfFreedom());
        assertEquals(1.0, dropped.pValue());
        ChiSquareTest.Result impossible = ChiSquareTest.goodnessOfFit(new long[] {9, 10, 1}, new double[] {10, 10, 0});
        assertEquals(Double.POSITIVE_INFINITY, impossible.statistic());
        assertEquals(0.0, impossible.pValue());
        assertFalse(ChiSquareTest.uniform(new long[] {3, 2, 4}).reliable(), "expected 3 per cell is under 5");
        assertTrue(ChiSquareTest.uniform(new long[] {4, 6, 5}).reliable(), "expected exactly 5 per cell is enough");
        assertThrows(IllegalArgumentException.class, () -> ChiSquareTest.uniform(new long[] {5}));
    }

    /**
     * Under the null hypothesis the p-value is uniform: with seeded uniform draws of 400 items over 4
     * positions, about 5% of 2000 replications fall under 0.05 (binomial SD 0.49 points; bound 3.5 SD).
     */
    @ParameterizedTest
    @ValueSource(longs = {101, 202})
    void pValueIsCalibratedUnderTheNull(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rejections = 0;
        int replications = 2000;
        for (int rep = 0; rep < replications; rep++) {
            long[] counts = new long[4];
            for (int i = 0; i < 400; i++) {
                counts[random.nextInt(4)]++;
            }
            if (ChiSquareTest.uniform(counts).pValue() < 0.05) {
                rejections++;
            }
        }
        assertEquals(0.05, rejections / (double) replications, 3.5 * Math.sqrt(0.05 * 0.95 / replications));
    }
}
