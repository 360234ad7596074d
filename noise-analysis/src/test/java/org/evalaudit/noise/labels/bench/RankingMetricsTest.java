package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void averagePrecisionIsTheMeanPrecisionAtEachPositive() {
        // positives at ranks 1, 3 and 6: (1/1 + 2/3 + 3/6) / 3 (Manning, Raghavan and Schuetze 2008, section 8.4)
        boolean[] ranked = new boolean[300];
        ranked[0] = true;
        ranked[2] = true;
        ranked[5] = true;
        RankingMetrics m = RankingMetrics.of(ranked);
        assertEquals((1 + 2.0 / 3 + 0.5) / 3, m.averagePrecision(), 1e-12);
        assertEquals(3 / 50.0, m.precisionAt50(), 1e-12);
        assertEquals(3 / 100.0, m.precisionAt100(), 1e-12);
        assertEquals(1.0, m.recallAt200(), 1e-12);
    }

    @Test
    void recallCountsOnlyTheFirst200AndNoPositivesIsUndefined() {
        boolean[] ranked = new boolean[400];
        ranked[10] = true;
        ranked[250] = true;
        assertEquals(0.5, RankingMetrics.of(ranked).recallAt200(), 1e-12);
        assertTrue(Double.isNaN(RankingMetrics.of(new boolean[100]).averagePrecision()));
    }
}
