package org.evalaudit.noise.confident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class ConfidentLearningCheckTest {
    private static final List<String> TWO = List.of("yes", "no");
    private static final Benchmark BENCHMARK = new Benchmark("b", List.of(Item.of("q1", "?", TWO, "A"),
            Item.of("q2", "?", TWO, "A"), Item.of("q3", "?", TWO, "B"), Item.of("q4", "?", TWO, "B")));

    private static Finding run(Results results) {
        return new ConfidentLearningCheck().run(AuditContext.builder().benchmark(BENCHMARK).results(results).build())
                .get(0);
    }

    @Test
    void withoutProbabilitiesItIsNotAssessedAndSaysWhy() {
        Finding finding = run(Results.builder().add("q1", "m", "", 0, null, "A", 1).build());
        assertEquals(Severity.NOT_ASSESSED, finding.severity());
        assertTrue(finding.summary().contains("no per-choice probabilities"), finding.summary());
    }

    @Test
    void flagsTheItemWhoseProbabilitiesConfidentlyPointAwayFromTheGold() {
        Results results = Results.builder()
                .add("q1", "m", "", 0, null, "A", 1, new double[] {0.9, 0.1})
                .add("q2", "m", "", 0, null, "B", 0, new double[] {0.05, 0.95})
                .add("q3", "m", "", 0, null, "B", 1, new double[] {0.2, 0.8})
                .add("q4", "m", "", 0, null, "B", 1, new double[] {0.1, 0.9})
                .build();
        Finding finding = run(results);
        assertEquals(Severity.FAIL, finding.severity(), "one of four items: 25% > the 5% fail rate");
        assertEquals(List.of("q2"), finding.items().stream().map(f -> f.itemId()).toList());
        Table export = finding.exports().get(0).table();
        assertEquals(ConfidentLearningCheck.EXPORT_COLUMNS, export.columns());
        assertEquals(List.of(1, "q2", "A", "B", 0.05, -0.9, 1, true), export.rows().get(0).subList(0, 8)
                .stream().map(v -> v instanceof Double d ? (Object) (Math.round(d * 1e6) / 1e6) : v).toList());
    }
}
