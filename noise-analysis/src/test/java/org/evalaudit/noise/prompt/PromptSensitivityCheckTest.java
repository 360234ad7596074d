package org.evalaudit.noise.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.testing.Synthetic;
import org.junit.jupiter.api.Test;

class PromptSensitivityCheckTest {

    private static List<Finding> run(Results results, Map<String, String> options) {
        return new PromptSensitivityCheck().run(AuditContext.builder().results(results)
                .options(new AuditOptions(options)).build());
    }

    /** Models m0..m2 under templates: template "b" lowers every model by {@code shift} on a share of items. */
    private static Results templates(double shift) {
        SplittableRandom random = new SplittableRandom(5);
        double[][] base = Synthetic.correlatedBinary(random, 500, 0.8, 0.6, 0.4);
        Results.Builder b = Results.builder();
        for (int m = 0; m < base.length; m++) {
            for (int i = 0; i < 500; i++) {
                b.add("q" + i, "m" + m, "a", 0, null, null, base[m][i]);
                double other = base[m][i] == 1 && random.nextDouble() < shift ? 0 : base[m][i];
                b.add("q" + i, "m" + m, "b", 0, null, null, other);
            }
        }
        return b.build();
    }

    @Test
    void oneTemplateAndOneSampleIsNotAssessed() {
        List<Finding> f = run(Synthetic.results(new double[][] {{1, 0, 1}, {0, 0, 1}}), Map.of());
        assertEquals(1, f.size());
        assertEquals(Severity.NOT_ASSESSED, f.get(0).severity());
        assertTrue(f.get(0).summary().contains("one template and one sample"));
    }

    @Test
    void templatesThatBarelyMatterPass() {
        Finding f = run(templates(0.0), Map.of()).get(0);
        assertEquals("prompt-sensitivity", f.id());
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value(), 1e-15);
    }

    /** Template b loses a fifth of the solved items: a spread of about 0.2 x 60% = 12 points, over the FAIL line. */
    @Test
    void templatesThatMoveScoresFail() {
        Finding f = run(templates(0.2), Map.of()).get(0);
        assertEquals(Severity.FAIL, f.severity());
        assertEquals("mean_spread_points", f.headline().name());
        assertEquals(12, f.headline().value(), 3);
        assertTrue(f.summary().startsWith("Across 2 templates, a model's score moves by "), f.summary());
        assertTrue(f.summary().contains("of a model's items flip between right and wrong"), f.summary());
        assertEquals(List.of("model", "template:a", "template:b", "min", "spread", "sd", "max_p", "avg_p", "cps",
                "flip_rate"), f.table().columns());
        assertEquals("m0", f.table().rows().get(0).get(0), "best AvgP first");
        assertEquals(Severity.PASS, run(templates(0.2), Map.of("prompt-sensitivity.spread-fail-points", "50",
                "prompt-sensitivity.spread-warn-points", "50")).get(0).severity());
    }

    @Test
    void samplesAndCheckpointsGetTheirOwnFindings() {
        Results.Builder b = Results.builder();
        String[] models = {"run@1", "run@2", "run@3", "other"};
        double[] accuracy = {0.50, 0.52, 0.51, 0.8};
        SplittableRandom random = new SplittableRandom(6);
        for (int m = 0; m < models.length; m++) {
            for (int i = 0; i < 300; i++) {
                for (int s = 0; s < 2; s++) {
                    b.add("q" + i, models[m], null, s, null, null, random.nextDouble() < accuracy[m] ? 1 : 0);
                }
            }
        }
        List<Finding> f = run(b.build(), Map.of());
        assertEquals(List.of("prompt-sensitivity/samples", "prompt-sensitivity/signal-to-noise"),
                f.stream().map(Finding::id).toList());
        Finding snr = f.get(1);
        assertEquals("snr", snr.headline().name());
        assertTrue(snr.headline().value() > 3, "models 30 points apart, checkpoints 1-2 points apart");
        assertEquals(Severity.PASS, snr.severity());
    }
}
