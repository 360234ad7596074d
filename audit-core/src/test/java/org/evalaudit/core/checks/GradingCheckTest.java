package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.cell;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class GradingCheckTest {
    private final GradingCheck check = new GradingCheck();
    private static final Benchmark BENCH = benchmark(
            Item.of("cap", "Capital of France?", List.of("Rome", "Paris"), "B"),
            Item.of("num", "How many legs have 250 spiders?", List.of(), "2000"));

    /** 20 responses per model: m-clean all parsed and right; m-null 3 abstentions; m-prose states the gold yet scored 0. */
    private static Results results(boolean withRaw) {
        Results.Builder b = Results.builder();
        for (int i = 0; i < 10; i++) {
            b.add("cap", "m-clean", null, i, withRaw ? "B" : null, "B", 1);
            b.add("num", "m-clean", null, i, withRaw ? "2000" : null, "2000", 1);
            b.add("cap", "m-null", null, i, withRaw ? "To" : null, i < 3 ? null : "B", i < 3 ? 0 : 1);
            b.add("num", "m-null", null, i, withRaw ? "2000" : null, "2000", 1);
            String prose = i < 4 ? "Each spider has 8 legs, so 2,000 legs." : "2000";
            b.add("num", "m-prose", null, i, withRaw ? prose : null, i < 4 ? "8" : "2000", i < 4 ? 0 : 1);
            b.add("cap", "m-prose", null, i, withRaw ? "Rome" : null, "A", 0);
        }
        return b.build();
    }

    @Test
    void notAssessedWithoutResults() {
        Finding f = only(check.run(AuditContext.builder().benchmark(BENCH).build()));
        assertEquals(Severity.NOT_ASSESSED, f.severity());
    }

    @Test
    void countsAbstentionsPerModelExactly() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(20L, cell(f, "m-null", "responses"));
        assertEquals(3L, cell(f, "m-null", "unparseable"));
        assertEquals(0.15, cell(f, "m-null", "unparseable_rate"));
        assertEquals(0L, cell(f, "m-clean", "unparseable"));
        assertEquals(List.of("model", "responses", "unparseable", "unparseable_rate", "gold_in_response_scored_wrong",
                "gold_in_response_examples"), f.table().columns());
    }

    @Test
    void findsResponsesThatStateTheGoldYetScoredZero() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(4L, cell(f, "m-prose", "gold_in_response_scored_wrong"), "\"2,000\" states the gold 2000");
        assertEquals(List.of("num", "num", "num", "num"), cell(f, "m-prose", "gold_in_response_examples"));
        assertEquals(0L, cell(f, "m-null", "gold_in_response_scored_wrong"), "\"To\" does not state Paris");
        assertEquals(0L, cell(f, "m-clean", "gold_in_response_scored_wrong"), "right answers are not suspects");
        List<FlaggedItem> items = f.items();
        assertEquals(1, items.size());
        assertEquals("num", items.get(0).itemId());
        assertEquals(4.0, items.get(0).score());
        assertTrue(items.get(0).reason().startsWith("states the gold answer yet scored 0: 4 responses of m-prose"),
                items.get(0).reason());
    }

    @Test
    void theWorstModelSetsHeadlineAndSeverity() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(0.2, f.headline().value(), 1e-12, "m-prose: 4 of 20");
        assertEquals(Severity.FAIL, f.severity(), "0.2 >= 0.10");
        assertTrue(f.summary().startsWith("Up to 20.0% of a model's grades are suspect (m-prose: 0 unparseable answers, "
                + "4 responses stating the gold yet scored 0); 3 of 60 responses in all were unparseable."), f.summary());
        Finding lenient = only(check.run(context(BENCH, results(true), Map.of(GradingCheck.FAIL_RATE, "0.5"))));
        assertEquals(Severity.WARN, lenient.severity());
    }

    @Test
    void aResponseCountsOnceEvenWhenSuspectTwice() {
        Results r = Results.builder()
                .add("cap", "m", null, 0, "Paris", null, 0)
                .add("cap", "m", null, 1, "B", "B", 1)
                .build();
        Finding f = only(check.run(context(BENCH, r)));
        assertEquals(1L, cell(f, "m", "unparseable"));
        assertEquals(1L, cell(f, "m", "gold_in_response_scored_wrong"));
        assertEquals(0.5, f.headline().value(), "one of two responses, not two");
    }

    @Test
    void withoutRawResponsesOrBenchmarkOnlyAbstentionsAreCounted() {
        Finding noRaw = only(check.run(context(BENCH, results(false))));
        assertNull(cell(noRaw, "m-prose", "gold_in_response_scored_wrong"));
        assertEquals(0.15, noRaw.headline().value(), 1e-12, "m-null's abstentions");
        assertTrue(noRaw.summary().endsWith("The results carry no raw responses, so responses were not re-graded."));
        Finding noBench = only(check.run(AuditContext.builder().results(results(true)).build()));
        assertNull(cell(noBench, "m-prose", "gold_in_response_scored_wrong"));
        assertTrue(noBench.summary().endsWith("No benchmark was given, so responses were not re-graded."));
    }

    @Test
    void cleanResultsPass() {
        Results r = Results.builder().add("cap", "m", null, 0, "B", "B", 1).add("num", "m", null, 0, "7", "7", 0).build();
        Finding f = only(check.run(context(BENCH, r)));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value());
    }
}
