package org.evalaudit.noise.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.sampling.SamplingNoise;
import org.evalaudit.noise.sampling.SamplingSettings;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed example: A = 1 1 1 0 (0.75), B = 1 1 0 0 (0.5), C = 1 0 0 0 (0.25). Item q0 is solved by
 * every model, q3 by none. A's sample variance is (3 x 1/16 + 9/16) / 3 = 1/4, its SE sqrt((1/4) / 4) = 1/4.
 */
class SaturationTest {
    private static final ScoreMatrix MATRIX = ScoreMatrix.ofScores(List.of("A", "B", "C"), List.of("q0", "q1", "q2", "q3"),
            new double[][] {{1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 0, 0}}, null);

    private static SaturationReport analyze(double ceiling, Map<String, LocalDate> dates) {
        return Saturation.analyze(MATRIX, SamplingNoise.analyze(MATRIX, SamplingSettings.defaults()).models(), ceiling, dates);
    }

    @Test
    void headroomAndItemsThatNoLongerSeparateModels() {
        SaturationReport r = analyze(1.0, Map.of());
        assertEquals("A", r.bestModel());
        assertEquals(0.75, r.best(), 1e-15);
        assertEquals(0.25, r.bestSe(), 1e-15);
        assertEquals(1.0, r.headroomSe(), 1e-12);
        assertEquals(25.0, r.headroomPoints(), 1e-12);
        assertEquals(0.25, r.solvedByAll(), 1e-15);
        assertEquals(0.25, r.solvedByNone(), 1e-15);
        assertNull(r.trend());
    }

    @Test
    void labelErrorsLowerTheCeiling() {
        assertEquals(0.9, Saturation.ceiling(0.1), 1e-15);
        assertEquals(15.0, analyze(Saturation.ceiling(0.1), Map.of()).headroomPoints(), 1e-9);
    }

    /**
     * Frontier C (2022-01-01, .25), B (2023-01-01, .5), A (2024-01-01, .75) is a straight line of +0.25 per
     * 365 days; D (2024-06-01, 0.5) does not raise the best score. The line reaches 1.0 730 days after its
     * centre 2023-01-01: 2024-12-31.
     */
    @Test
    void trendOfTheBestScoreAndProjectedDate() {
        Map<String, LocalDate> dates = Map.of("C", LocalDate.of(2022, 1, 1), "B", LocalDate.of(2023, 1, 1),
                "A", LocalDate.of(2024, 1, 1));
        SaturationTrend trend = analyze(1.0, dates).trend();
        assertEquals(List.of("C", "B", "A"), trend.frontier().stream().map(SaturationTrend.Point::model).toList());
        assertEquals(25.0 * 365.25 / 365, trend.pointsPerYear(), 1e-9);
        assertEquals(LocalDate.of(2024, 12, 31), trend.projected());
    }

    @Test
    void laterModelsBelowTheBestAreNotOnTheFrontier() {
        SaturationTrend trend = SaturationTrend.fit(Map.of("old", 0.5, "new", 0.7, "late", 0.6),
                Map.of("old", LocalDate.of(2023, 1, 1), "new", LocalDate.of(2024, 1, 1), "late", LocalDate.of(2025, 1, 1)),
                1.0).orElseThrow();
        assertEquals(2, trend.frontier().size());
        assertEquals(true, SaturationTrend.fit(Map.of("a", 0.5), Map.of("a", LocalDate.of(2023, 1, 1)), 1.0).isEmpty());
    }
}
