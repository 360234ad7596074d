package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.cell;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class MetricComplexityCheckTest {
    private final MetricComplexityCheck check = new MetricComplexityCheck();

    private static Results results(String... metricColumns) {
        return Results.builder().add("q1", "m", null, 0, null, "A", 1).metricColumns(List.of(metricColumns)).build();
    }

    private static BenchmarkCard card(String headline, String... subsets) {
        return new BenchmarkCard("b", headline, List.of(subsets), Map.of(), Map.of());
    }

    private Finding run(Results results, BenchmarkCard card, Benchmark benchmark, Map<String, String> options) {
        return only(check.run(AuditContext.builder().results(results).card(card).benchmark(benchmark)
                .options(new AuditOptions(options)).build()));
    }

    @Test
    void notAssessedWithoutResultsOrCard() {
        assertEquals(Severity.NOT_ASSESSED, run(null, null, null, Map.of()).severity());
    }

    @Test
    void aSingleScorePasses() {
        Finding f = run(results(), null, null, Map.of());
        assertEquals(Severity.PASS, f.severity());
        assertEquals(1.0, f.headline().value());
        assertEquals(List.of("score"), cell(f, "headline metric", "names"));
    }

    @Test
    void severalMetricsWithoutAHeadlineWarn() {
        Finding f = run(results("acc", "f1", "exact_match"), null, null, Map.of());
        assertEquals(Severity.WARN, f.severity());
        assertEquals(3.0, f.headline().value());
        assertEquals(0L, cell(f, "headline metric", "count"));
        assertTrue(f.summary().startsWith("The results carry 3 metrics (acc, f1, exact_match) and no headline metric"),
                f.summary());
    }

    @Test
    void aHeadlineMetricInTheCardResolvesSeveralMetrics() {
        Finding f = run(results("acc", "f1"), card("f1"), null, Map.of());
        assertEquals(Severity.PASS, f.severity());
        assertEquals(List.of("f1"), cell(f, "headline metric", "names"));
        assertTrue(f.summary().contains("headline named by the card"), f.summary());
    }

    @Test
    void aCardHeadlineTheResultsDoNotCarryWarns() {
        Finding f = run(results("acc", "f1"), card("bleu"), null, Map.of());
        assertEquals(Severity.WARN, f.severity());
        assertTrue(f.summary().contains("\"bleu\" is not one of the results' metric columns (acc, f1)"), f.summary());
    }

    @Test
    void countsSubjectsSplitsAndCardSubsets() {
        Benchmark benchmark = new Benchmark("b", List.of(
                new Item("1", "q", List.of(), "1", null, "public", "math", Map.of()),
                new Item("2", "q", List.of(), "1", null, "private", "math", Map.of()),
                new Item("3", "q", List.of(), "1", null, "public", "law", Map.of()),
                new Item("4", "q", List.of(), "1", null, null, null, Map.of())));
        Finding f = run(results(), card(null, "easy", "hard", "expert"), benchmark, Map.of());
        assertEquals(2L, cell(f, "subjects", "count"));
        assertEquals(List.of("math", "law"), cell(f, "subjects", "names"));
        assertEquals(List.of("public", "private"), cell(f, "splits", "names"));
        assertEquals(3L, cell(f, "card subsets", "count"));
        assertTrue(f.summary().endsWith("subsets: 2 subjects, 2 splits, 3 card subsets."), f.summary());
    }

    @Test
    void theMetricLimitIsAnOption() {
        Finding f = run(results("acc", "f1"), null, null, Map.of(MetricComplexityCheck.MAX_METRICS, "2"));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(List.of(), cell(f, "headline metric", "names"), "still no headline, but within the limit");
        assertTrue(f.summary().startsWith("No headline metric is named, but the results carry only 2 metrics (acc, f1)"),
                f.summary());
    }

    @Test
    void aCardAloneNamesTheHeadlineButCountsNoColumns() {
        Finding f = run(null, card("accuracy"), null, Map.of());
        assertEquals(Severity.PASS, f.severity());
        assertNull(f.headline().value());
        assertNull(cell(f, "metric columns", "count"));
        assertNull(cell(f, "subjects", "count"), "items were not given");
    }
}
