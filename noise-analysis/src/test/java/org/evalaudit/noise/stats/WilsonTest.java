package org.evalaudit.noise.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WilsonTest {
    private static final double Z95 = 1.959963984540054;

    /** Newcombe (1998), Stat. Med. 17:857-872, table I, method 3 (score interval without continuity correction). */
    @ParameterizedTest
    @CsvSource({"81,263,0.2553,0.3662", "15,148,0.0624,0.1605", "0,20,0.0,0.1611", "1,29,0.0061,0.1718"})
    void newcombesWorkedExamples(int successes, int n, double low, double high) {
        Interval ci = Wilson.interval(successes, n, Z95);
        assertEquals(low, ci.low(), 5e-5);
        assertEquals(high, ci.high(), 5e-5);
    }

    /** Property: for any count the interval lies in [0, 1], contains the estimate and has positive width. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void staysInsideTheUnitIntervalAndNeverCollapses(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + random.nextInt(trial % 2 == 0 ? 20 : 100_000);
            int k = switch (trial % 5) {
                case 0 -> 0;
                case 1 -> n;
                default -> random.nextInt(n + 1);
            };
            double z = 1 + 2 * random.nextDouble();
            Interval ci = Wilson.interval(k, n, z);
            double p = k / (double) n;
            assertTrue(ci.low() >= 0 && ci.high() <= 1, ci + " for " + k + "/" + n);
            assertTrue(ci.low() <= p && p <= ci.high(), ci + " must contain " + p);
            assertTrue(ci.high() - ci.low() > 0, "no zero-width interval at " + k + "/" + n);
        }
    }
}
