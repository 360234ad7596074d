package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorRateTest {

    @Test
    void equalProbabilitiesGiveADegenerateInterval() {
        double[] p = new double[50];
        java.util.Arrays.fill(p, 0.04);
        ErrorRate rate = ErrorRate.estimate(p, new int[50], 1, 500, 1);
        assertEquals(0.04, rate.rate(), 1e-15);
        assertEquals(0.04, rate.lower(), 1e-12);
        assertEquals(0.04, rate.upper(), 1e-12);
        assertEquals("item", rate.resampledUnit(), "one chain: items are resampled");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void clusteredErrorsWidenTheSubjectInterval(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2000;
        double[] p = new double[n];
        int[] chain = new int[n];
        for (int i = 0; i < n; i++) {
            chain[i] = i / 100;
            p[i] = chain[i] == 3 ? (random.nextDouble() < 0.5 ? 1 : 0) : (random.nextDouble() < 0.01 ? 1 : 0);
        }
        ErrorRate bySubject = ErrorRate.estimate(p, chain, 20, 2000, seed);
        ErrorRate byItem = ErrorRate.estimate(p, chain, 1, 2000, seed);
        assertEquals("subject", bySubject.resampledUnit());
        assertEquals(bySubject.rate(), byItem.rate(), 1e-15);
        assertTrue(bySubject.lower() <= bySubject.rate() && bySubject.rate() <= bySubject.upper());
        assertTrue(bySubject.upper() - bySubject.lower() > 1.5 * (byItem.upper() - byItem.lower()),
                "errors concentrated in one subject of 20: " + bySubject + " vs " + byItem);
        assertEquals(bySubject, ErrorRate.estimate(p, chain, 20, 2000, seed), "same seed, same interval");
    }
}
