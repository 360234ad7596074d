package org.evalaudit.noise.saturation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.ModelInfo;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.testing.Synthetic;
import org.junit.jupiter.api.Test;

class SaturationCheckTest {
    private static final Results RESULTS = Synthetic.results(
            Synthetic.correlatedBinary(new SplittableRandom(1), 1000, 0.5, 0.6, 0.7));

    private static AuditContext context(Map<String, String> options, BenchmarkCard card) {
        return AuditContext.builder().results(RESULTS).options(new AuditOptions(options)).card(card).build();
    }

    private static Finding run(Map<String, String> options, BenchmarkCard card) {
        return new SaturationCheck().run(context(options, card)).get(0);
    }

    @Test
    void theCeilingIsAnOptionOrOneMinusTheLabelErrorRate() {
        assertEquals(1.0, SaturationCheck.ceiling(context(Map.of(), null)));
        assertEquals(0.92, SaturationCheck.ceiling(context(Map.of("saturation.label-error-rate", "0.08"), null)), 1e-15);
        assertEquals(0.95, SaturationCheck.ceiling(context(Map.of("saturation.ceiling", "0.95",
                "saturation.label-error-rate", "0.08"), null)), 1e-15);
    }

    /**
     * Without options, the ceiling comes from the suspect-label analysis of the same audit: 10 of 60
     * items whose gold every model contradicts lower it below 1, to exactly 1 - that analysis' rate.
     */
    @Test
    void withoutOptionsTheCeilingIsOneMinusTheEstimatedLabelErrorRate() {
        List<Item> items = new ArrayList<>();
        Results.Builder results = Results.builder();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 60; i++) {
            boolean wrongGold = i % 6 == 0;
            items.add(Item.of("q" + i, "Question " + i + "?", List.of("w", "x", "y", "z"), wrongGold ? "B" : "A"));
            for (int m = 0; m < 8; m++) {
                String answer = random.nextDouble() < 0.9 ? "A" : "C";
                results.add("q" + i, "m" + m, null, 0, null, answer, answer.equals(wrongGold ? "B" : "A") ? 1 : 0);
            }
        }
        AuditContext context = AuditContext.builder().benchmark(new Benchmark("b", items))
                .results(results.build()).build();
        double rate = LabelNoise.shared(context).orElseThrow().estimatedErrorRate();
        assertTrue(rate > 0.05, "planted 1 in 6 wrong golds, estimated " + rate);
        assertEquals(1 - rate, SaturationCheck.ceiling(context), 1e-12);
    }

    @Test
    void plentyOfHeadroomPasses() {
        Finding f = run(Map.of(), null);
        assertEquals(Severity.PASS, f.severity());
        assertEquals("headroom_points", f.headline().name());
        assertTrue(f.summary().startsWith("The best model (m2) scores "), f.summary());
        assertTrue(f.summary().contains("No projection"), f.summary());
    }

    /** With 25% label errors the best model (about 70%) is within 3 standard errors of the ceiling. */
    @Test
    void aCeilingWithinThreeStandardErrorsFails() {
        assertEquals(Severity.FAIL, run(Map.of("saturation.label-error-rate", "0.27"), null).severity());
        assertEquals(Severity.WARN, run(Map.of("saturation.ceiling", "0.78"), null).severity());
    }

    /** A model right on every item, with no label error estimated: no "-0.0 points, or -Infinity SE". */
    @Test
    void aPerfectScoreAtTheCeilingSaysNoHeadroomIsLeft() {
        Results.Builder perfect = Results.builder();
        for (int i = 0; i < 20; i++) {
            perfect.add("q" + i, "m1", null, 0, null, null, 1.0);
            perfect.add("q" + i, "m2", null, 0, null, null, i % 2);
        }
        Finding f = new SaturationCheck().run(AuditContext.builder().results(perfect.build()).build()).get(0);
        assertEquals(Severity.FAIL, f.severity());
        assertEquals("The best model (m1) scores 100.0% against a ceiling of 100.0%: no headroom is left. 50% of items "
                + "are solved by every model and 0% by none. No projection: it needs release dates (benchmark card) "
                + "for two models that raised the best score.", f.summary());
    }

    @Test
    void releaseDatesFromTheCardGiveAProjection() {
        BenchmarkCard card = new BenchmarkCard("b", null, List.of(), Map.of(), Map.of(
                "m0", new ModelInfo("m0", LocalDate.of(2022, 1, 1), false),
                "m1", new ModelInfo("m1", LocalDate.of(2023, 1, 1), false),
                "m2", new ModelInfo("m2", LocalDate.of(2024, 1, 1), true)));
        Finding f = run(Map.of(), card);
        assertTrue(f.summary().contains("points per year; at that rate it reaches the ceiling around 202"), f.summary());
    }

    @Test
    void withoutResultsItIsNotAssessed() {
        assertEquals(Severity.NOT_ASSESSED, new SaturationCheck().run(AuditContext.builder().build()).get(0).severity());
    }
}
