package org.evalaudit.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegularizedGammaTest {

    /** ln Γ at points with known values: Γ(n) = (n−1)!, Γ(1/2) = √π and Γ(k + 1/2) by recurrence. */
    @Test
    void logGammaMatchesFactorialsAndTheHalfIntegerValue() {
        double factorial = 1;
        for (int n = 1; n <= 25; n++) {
            assertEquals(Math.log(factorial), RegularizedGamma.logGamma(n), 1e-12 * Math.max(1, Math.log(factorial)),
                    "ln Γ(" + n + ")");
            factorial *= n;
        }
        assertEquals(0.5 * Math.log(Math.PI), RegularizedGamma.logGamma(0.5), 1e-14);
        double halfInteger = Math.sqrt(Math.PI);
        for (int k = 0; k < 30; k++) {
            assertEquals(Math.log(halfInteger), RegularizedGamma.logGamma(k + 0.5), 1e-13 * Math.max(1, Math.log(halfInteger)),
                    "ln Γ(" + k + ".5), from Γ(x + 1) = x Γ(x)");
            halfInteger *= k + 0.5;
        }
    }

    /**
     * Reference values of Q(a, x) and P(a, x) computed with scipy.special.gammaincc / gammainc 1.17.1
     * (Cephes), which agree with the tables of Abramowitz and Stegun §6.5.
     */
    @ParameterizedTest
    @CsvSource({
        "0.5, 2.0, 0.04550026389635857, q",
        "3.5, 1.25, 0.07290293498652622, p",
        "12.5, 30.0, 0.00010455486131526446, q",
    })
    void matchesReferenceValues(double a, double x, double expected, String which) {
        double actual = which.equals("q") ? RegularizedGamma.q(a, x) : RegularizedGamma.p(a, x);
        assertEquals(expected, actual, 1e-13 * Math.max(1, 1 / expected) * expected);
    }

    /**
     * For integer a = n, Q(n, x) = e^{−x} Σ_{k<n} x^k / k! (the Poisson tail; Abramowitz and Stegun 6.5.13);
     * for a = 1 it is e^{−x}. Checked on seeded random arguments on both sides of x = a + 1, where the
     * implementation switches from the series to the continued fraction.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void integerOrderEqualsThePoissonTail(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(30);
            double x = random.nextDouble() * 3 * n + 1e-6;
            double term = Math.exp(-x);
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += term;
                term *= x / (k + 1);
            }
            assertEquals(sum, RegularizedGamma.q(n, x), 1e-12, "Q(" + n + ", " + x + ")");
            assertEquals(1 - sum, RegularizedGamma.p(n, x), 1e-12, "P(" + n + ", " + x + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void pAndQAreComplementaryAndQFallsWithX(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 200; trial++) {
            double a = 0.5 + random.nextDouble() * 100;
            double x1 = random.nextDouble() * 3 * a;
            double x2 = x1 + random.nextDouble() * a;
            assertEquals(1.0, RegularizedGamma.p(a, x1) + RegularizedGamma.q(a, x1), 1e-12);
            assertTrue(RegularizedGamma.q(a, x2) <= RegularizedGamma.q(a, x1) + 1e-15, "a=" + a);
        }
    }

    @Test
    void boundaryValues() {
        assertEquals(1.0, RegularizedGamma.q(2.5, 0));
        assertEquals(0.0, RegularizedGamma.p(2.5, 0));
        assertEquals(0.0, RegularizedGamma.q(2.5, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.q(0, 1));
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.q(1, -1));
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.q(1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.p(0, 1), "P needs a > 0 too");
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.p(1, -1));
        assertThrows(IllegalArgumentException.class, () -> RegularizedGamma.logGamma(0), "Γ has a pole at 0");
    }
}
