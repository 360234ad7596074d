package org.evalaudit.noise.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionsTest {

    /** Abramowitz and Stegun table 26.5: z_{0.975} = 1.959963985, z_{0.8} = 0.841621234, z_{0.995} = 2.575829304. */
    @Test
    void normalQuantilesMatchTheTables() {
        assertEquals(1.959963984540054, Distributions.normalQuantile(0.975), 1e-12);
        assertEquals(0.8416212335729143, Distributions.normalQuantile(0.8), 1e-12);
        assertEquals(2.5758293035489004, Distributions.normalQuantile(0.995), 1e-12);
        assertEquals(-1.959963984540054, Distributions.normalQuantile(0.025), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(1.0));
    }

    /** Hand-computed: P(X <= 2) for Bin(10, 1/2) = (1 + 10 + 45) / 1024, doubled. */
    @Test
    void signTestOfSmallCountsIsTheExactBinomialTail() {
        assertEquals(2 * 56 / 1024.0, Distributions.signTestTwoSided(2, 10), 1e-15);
        assertEquals(2 * 56 / 1024.0, Distributions.signTestTwoSided(8, 10), 1e-15);
        assertEquals(2 / 1024.0, Distributions.signTestTwoSided(0, 10), 1e-18);
        assertEquals(1.0, Distributions.signTestTwoSided(5, 10));
        assertEquals(1.0, Distributions.signTestTwoSided(0, 0));
        assertEquals(1.0, Distributions.signTestTwoSided(2, 5), 1e-15, "2 * P(X <= 2) = 1 for n = 5");
    }

    /** The incomplete-beta route agrees with the exact sum of binomial coefficients, small tails included. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void signTestAgreesWithExactSummation(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(3000);
            int k = random.nextInt(n + 1);
            double exact = exactTwoSided(k, n);
            double got = Distributions.signTestTwoSided(k, n);
            assertEquals(exact, got, Math.max(1e-300, 1e-11 * exact), "k=" + k + " n=" + n);
        }
    }

    private static double exactTwoSided(int k, int n) {
        int m = Math.min(k, n - k);
        if (2 * m == n) {
            return 1.0;
        }
        BigInteger tail = BigInteger.ZERO;
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i <= m; i++) {
            tail = tail.add(c);
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        BigDecimal p = new BigDecimal(tail.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)), MathContext.DECIMAL128);
        return Math.min(1.0, p.doubleValue());
    }

    /**
     * Student (1908) / Cushny and Peebles sleep data, as in R's {@code t.test(extra ~ group, data = sleep,
     * paired = TRUE)}: differences 1.2 2.4 1.3 1.3 0 1 1.8 0.8 4.6 1.4 give t = 4.0621, df = 9, p = 0.002833.
     */
    @Test
    void pairedTOfTheSleepData() {
        double[] d = {1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4};
        Moments m = Moments.of(d);
        double t = m.mean() / Math.sqrt(m.sampleVariance() / m.n());
        assertEquals(4.0621, t, 1e-4);
        assertEquals(0.002833, Distributions.studentTTwoSided(t, 9), 1e-6);
        assertEquals(0.002833, Distributions.studentTTwoSided(-t, 9), 1e-6);
        assertEquals(1.0, Distributions.studentTTwoSided(0, 9), 1e-15);
    }

    @Test
    void studentTApproachesTheNormalForManyDegreesOfFreedom() {
        assertEquals(0.05, Distributions.studentTTwoSided(1.959963984540054, 1e7), 1e-6);
    }
}
