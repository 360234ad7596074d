package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Special functions against exact values and the tables of Abramowitz and Stegun (1964): Table 6.1
 * (log Gamma), 6.3.2-6.3.3 (psi(1) = -gamma, psi(1/2) = -gamma - 2 ln 2), 6.4.2 (psi'(1) = pi^2/6,
 * psi'(1/2) = pi^2/2).
 */
class SpecialTest {
    private static final double EULER = 0.57721566490153286;

    @Test
    void logGammaMatchesExactValues() {
        assertEquals(0.5 * Math.log(Math.PI), Special.logGamma(0.5), 1e-14);
        assertEquals(Math.log(24), Special.logGamma(5), 1e-13);
        assertEquals(Math.log(362880), Special.logGamma(10), 1e-12);
        assertEquals(0, Special.logGamma(1), 1e-14);
        assertEquals(0, Special.logGamma(2), 1e-14);
        // A&S Table 6.1: Gamma(1.5) = 0.886226925452758
        assertEquals(Math.log(0.886226925452758), Special.logGamma(1.5), 1e-14);
        // Gamma(0.1) = 9.513507698668732 (reflection branch)
        assertEquals(Math.log(9.513507698668732), Special.logGamma(0.1), 1e-13);
        assertEquals(857.9336698258574, Special.logGamma(200), 1e-9);
    }

    @Test
    void digammaAndTrigammaMatchClosedForms() {
        assertEquals(-EULER, Special.digamma(1), 1e-13);
        assertEquals(-EULER - 2 * Math.log(2), Special.digamma(0.5), 1e-13);
        assertEquals(1 - EULER, Special.digamma(2), 1e-13);
        assertEquals(Math.PI * Math.PI / 6, Special.trigamma(1), 1e-12);
        assertEquals(Math.PI * Math.PI / 2, Special.trigamma(0.5), 1e-12);
        assertEquals(Math.PI * Math.PI / 6 - 1, Special.trigamma(2), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void recurrencesAndDerivativesHoldOnRandomArguments(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int k = 0; k < 200; k++) {
            double x = 0.01 + 50 * random.nextDouble();
            assertEquals(Special.logGamma(x) + Math.log(x), Special.logGamma(x + 1), 1e-11 * Math.max(1, Special.logGamma(x + 1)));
            assertEquals(Special.digamma(x) + 1 / x, Special.digamma(x + 1), 1e-11 * (1 + 1 / x));
            assertEquals(Special.trigamma(x) - 1 / (x * x), Special.trigamma(x + 1), 1e-10 * (1 + 1 / (x * x)));
            double h = 1e-5 * Math.max(1, x);
            assertEquals((Special.logGamma(x + h) - Special.logGamma(x - Math.min(h, x / 2)))
                    / (h + Math.min(h, x / 2)), Special.digamma(x), 1e-3 * (1 + 1 / (x * x)));
        }
    }

    @Test
    void logAddExpIsStableAndHandlesInfinity() {
        assertEquals(Math.log(3), Special.logAddExp(Math.log(1), Math.log(2)), 1e-15);
        assertEquals(1000 + Math.log(2), Special.logAddExp(1000, 1000), 1e-12);
        assertEquals(5, Special.logAddExp(Double.NEGATIVE_INFINITY, 5));
        assertEquals(-2, Special.logAddExp(-2, Double.NEGATIVE_INFINITY));
    }

    @Test
    void rejectsArgumentsOutsideTheDomain() {
        assertThrows(IllegalArgumentException.class, () -> Special.logGamma(0));
        assertThrows(IllegalArgumentException.class, () -> Special.digamma(-1));
        assertThrows(IllegalArgumentException.class, () -> Special.trigamma(Double.NaN));
    }
}
