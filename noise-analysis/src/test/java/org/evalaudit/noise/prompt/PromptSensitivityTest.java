package org.evalaudit.noise.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.matrix.Axis;
import org.junit.jupiter.api.Test;

/**
 * A hand-computed example: three models, four items, three templates.
 * <pre>
 *          t1        t2        t3
 *   A   1 1 1 1   1 1 0 0   1 1 1 0     scores 1, .5, .75   flips: items 3, 4 -> 1/2
 *   B   0 0 0 0   1 1 1 1   0 0 0 0     scores 0, 1, 0      flips: all -> 1
 *   C   1 1 0 0   1 1 0 0   1 1 0 0     scores .5, .5, .5   flips: none -> 0
 * </pre>
 */
class PromptSensitivityTest {
    private static final int[][][] SCORES = {
        {{1, 1, 1, 1}, {1, 1, 0, 0}, {1, 1, 1, 0}},
        {{0, 0, 0, 0}, {1, 1, 1, 1}, {0, 0, 0, 0}},
        {{1, 1, 0, 0}, {1, 1, 0, 0}, {1, 1, 0, 0}},
    };
    private static final List<String> MODELS = List.of("A", "B", "C");

    private static Results results(boolean asSamples) {
        Results.Builder b = Results.builder();
        for (int m = 0; m < 3; m++) {
            for (int t = 0; t < 3; t++) {
                for (int i = 0; i < 4; i++) {
                    b.add("q" + i, MODELS.get(m), asSamples ? null : "t" + (t + 1), asSamples ? t : 0, null, null,
                            SCORES[m][t][i]);
                }
            }
        }
        return b.build();
    }

    @Test
    void spreadsAndMizrahiMetricsPerModel() {
        SensitivityReport r = PromptSensitivity.analyze(results(false), Axis.TEMPLATE);
        assertEquals(List.of("t1", "t2", "t3"), r.conditions());
        ModelSpread a = r.models().get(0);
        assertEquals(List.of(1.0, 0.5, 0.75), a.scores());
        assertEquals(0.5, a.spread(), 1e-15);
        assertEquals(0.25, a.sd(), 1e-15);
        assertEquals(1.0, a.maxP(), 1e-15);
        assertEquals(0.75, a.avgP(), 1e-15);
        assertEquals(1.0 * (1 - (1.0 - 0.75)), a.cps(), 1e-15);
        assertEquals(0.5, a.flipRate(), 1e-15);
        assertEquals(1.0, r.models().get(1).flipRate(), 1e-15);
        assertEquals(0.0, r.models().get(2).flipRate(), 1e-15);
        assertEquals(0.5, r.meanFlipRate(), 1e-15);
    }

    /**
     * Rankings: t1 and t3 order A > C > B (tau 1); t2 has B first and A tied with C:
     * tau-b(t1, t2) = (0 - 2) / sqrt(3 * 2).
     */
    @Test
    void rankingStabilityAcrossTemplates() {
        SensitivityReport r = PromptSensitivity.analyze(results(false), Axis.TEMPLATE);
        assertEquals(3, r.taus().size());
        assertEquals(-2 / Math.sqrt(6), r.taus().get(0).tau(), 1e-12, "t1 vs t2");
        assertEquals(1.0, r.taus().get(1).tau(), 1e-12, "t1 vs t3");
        assertEquals(List.of("A", "B", "A"), r.topModels());
        assertEquals("A", r.overallTop());
        assertEquals(1, r.topModelChanges());
        assertEquals(-2 / Math.sqrt(6), r.minTau(), 1e-12);
    }

    @Test
    void samplesAreAnalysedTheSameWay() {
        assertTrue(PromptSensitivity.varies(results(true), Axis.SAMPLE));
        assertTrue(!PromptSensitivity.varies(results(true), Axis.TEMPLATE));
        SensitivityReport r = PromptSensitivity.analyze(results(true), Axis.SAMPLE);
        assertEquals(List.of("sample 0", "sample 1", "sample 2"), r.conditions());
        assertEquals(PromptSensitivity.analyze(results(false), Axis.TEMPLATE).models(), r.models());
    }

    @Test
    void aggregatedTablesHaveNoFlipRates() {
        SensitivityReport r = PromptSensitivity.analyze(
                org.evalaudit.noise.matrix.ConditionCube.of(results(false), Axis.TEMPLATE).toScores());
        assertTrue(Double.isNaN(r.models().get(0).flipRate()));
        assertEquals(0.75, r.models().get(0).avgP(), 1e-15);
    }
}
