package org.evalaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipleTestingTest {
    /** Benjamini and Hochberg (1995), section 4: 15 p-values of a myocardial-infarction trial (Neuhaus et al.). */
    private static final double[] BH_EXAMPLE = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
        0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    /** At q = 0.05 the BH procedure rejects the four smallest p-values; Holm, like Bonferroni, only three. */
    @Test
    void benjaminiHochbergWorkedExample() {
        assertEquals(4, Arrays.stream(MultipleTesting.benjaminiHochberg(BH_EXAMPLE)).filter(p -> p < 0.05).count());
        assertEquals(3, Arrays.stream(MultipleTesting.holm(BH_EXAMPLE)).filter(p -> p < 0.05).count());
    }

    /**
     * Hand-computed: Holm multiplies the i-th smallest by m - i + 1 (0.0125 x 4, 0.02 x 3, 0.03 x 2, 0.04 x 1)
     * and keeps the running maximum (0.05, 0.06, 0.06, 0.06); BH multiplies by m / i and keeps the running
     * minimum from the top.
     */
    /** p-values of exactly 0 and 1 (a test with no evidence at all) are valid inputs; one above 1 is not. */
    @Test
    void pValuesOfZeroAndOneAreAcceptedAndOthersOutsideTheUnitIntervalRefused() {
        assertArrayEquals(new double[] {0, 0.5}, MultipleTesting.holm(new double[] {0, 0.5}), 1e-15);
        assertArrayEquals(new double[] {1, 0.02}, MultipleTesting.holm(new double[] {1, 0.01}), 1e-15);
        assertArrayEquals(new double[] {1, 0.02}, MultipleTesting.benjaminiHochberg(new double[] {1, 0.01}), 1e-15);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> MultipleTesting.holm(new double[] {1.5, 0.01}));
    }

    @Test
    void holmAndBhByHand() {
        assertArrayEquals(new double[] {0.06, 0.05, 0.06, 0.06}, MultipleTesting.holm(new double[] {0.03, 0.0125, 0.04, 0.02}), 1e-15);
        assertArrayEquals(new double[] {0.04, 0.04, 0.04, 0.04},
                MultipleTesting.benjaminiHochberg(new double[] {0.03, 0.01, 0.04, 0.02}), 1e-15);
    }

    /** Properties: adjusted p-values are never below the raw ones, stay within [0, 1], and keep their order. */
    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53})
    void adjustedValuesAreMonotoneAndBounded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[200];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble() < 0.3 ? random.nextDouble() * 1e-3 : random.nextDouble();
        }
        for (double[] adjusted : new double[][] {MultipleTesting.holm(p), MultipleTesting.benjaminiHochberg(p)}) {
            for (int i = 0; i < p.length; i++) {
                assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1);
                for (int j = 0; j < p.length; j++) {
                    assertTrue(p[i] >= p[j] || adjusted[i] <= adjusted[j]);
                }
            }
        }
    }

    @Test
    void holmReproducesTheWikipediaExample() {
        // Wikipedia, "Holm-Bonferroni method", example: p = 0.01, 0.04, 0.03, 0.005 at alpha 0.05:
        // H4 and H1 are rejected, H3 (0.03 > 0.05/2) and so H2 are not
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02},
                MultipleTesting.holm(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
    }
}
