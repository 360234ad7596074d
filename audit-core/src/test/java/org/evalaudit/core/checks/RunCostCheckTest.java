package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class RunCostCheckTest {
    private final RunCostCheck check = new RunCostCheck();

    /** Question of 10 characters + choices of 3 and 3 = 16 characters = 4 tokens; a free item of 9 = 3 tokens. */
    private static final Benchmark BENCH = benchmark(
            Item.of("q1", "0123456789", List.of("abc", "def"), "A"),
            Item.of("q2", "ü€😀456789", List.of(), "7"));

    private static Results results() {
        Results.Builder b = Results.builder();
        for (String model : List.of("m1", "m2", "m3")) {
            for (String template : List.of("zero-shot", "cot")) {
                for (int sample = 0; sample < 5; sample++) {
                    b.add("q1", model, template, sample, null, "A", 1);
                    b.add("q2", model, template, sample, null, "7", 1);
                }
            }
        }
        return b.build();
    }

    /** The one-row table's cell in the named column. */
    private static Object value(Finding f, String column) {
        assertEquals(1, f.table().rows().size());
        return f.table().rows().get(0).get(f.table().columns().indexOf(column));
    }

    @Test
    void notAssessedWithoutABenchmark() {
        assertEquals(Severity.NOT_ASSESSED, only(check.run(AuditContext.builder().build())).severity());
    }

    @Test
    void countsCharactersAsCodePointsAndTokensAsCharactersOverFour() {
        Finding f = only(check.run(context(BENCH, null)));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(7.0, f.headline().value(), "⌈16/4⌉ + ⌈9/4⌉ = 4 + 3");
        assertEquals(12.5, value(f, "prompt_chars_mean"), "(16 + 9) / 2, the emoji is one character");
        assertEquals(16L, value(f, "prompt_chars_max"));
        assertEquals(1L, value(f, "multiple_choice_items"));
        assertEquals(1L, value(f, "free_form_items"));
        assertEquals(2L, value(f, "calls_per_run"), "without results: 1 template, 1 sample");
        assertNull(value(f, "models"));
    }

    @Test
    void multipliesByTemplatesAndSamplesFromTheResults() {
        Finding f = only(check.run(context(BENCH, results())));
        assertEquals(2L, value(f, "templates"));
        assertEquals(5L, value(f, "samples"));
        assertEquals(20L, value(f, "calls_per_run"), "2 items × 2 templates × 5 samples");
        assertEquals(70.0, f.headline().value(), "7 tokens × 10");
        assertEquals(3L, value(f, "models"));
        assertEquals(210L, value(f, "prompt_tokens_all_models_est"));
        assertTrue(f.summary().startsWith("One model run is 2 items × 2 templates × 5 samples = 20 calls with about "
                + "70 prompt tokens (characters / 4;"), f.summary());
    }

    @Test
    void severityFollowsTheTokenThresholds() {
        assertEquals(Severity.WARN, only(check.run(context(BENCH, results(),
                Map.of(RunCostCheck.WARN_TOKENS, "69")))).severity());
        assertEquals(Severity.PASS, only(check.run(context(BENCH, results(),
                Map.of(RunCostCheck.WARN_TOKENS, "70")))).severity(), "above, not at, the threshold");
        Finding fail = only(check.run(context(BENCH, results(),
                Map.of(RunCostCheck.WARN_TOKENS, "10", RunCostCheck.FAIL_TOKENS, "50"))));
        assertEquals(Severity.FAIL, fail.severity());
        assertTrue(fail.summary().contains("above the 50-token failure threshold"), fail.summary());
    }

    @Test
    void defaultWarningIsTenMillionTokensPerRun() {
        Item big = Item.of("big", "x".repeat(40_000), List.of(), "1");
        Item[] items = new Item[1001];
        java.util.Arrays.fill(items, big);
        assertEquals(Severity.WARN, only(check.run(context(benchmark(items), null))).severity(),
                "1001 × 10,000 tokens = 10,010,000 > 10,000,000");
    }

    @Test
    void charsPerTokenIsAnOptionAndMustBePositive() {
        Finding f = only(check.run(context(BENCH, null, Map.of(RunCostCheck.CHARS_PER_TOKEN, "2"))));
        assertEquals(13.0, f.headline().value(), "8 + 5");
        assertThrows(IllegalArgumentException.class,
                () -> check.run(context(BENCH, null, Map.of(RunCostCheck.CHARS_PER_TOKEN, "0"))));
    }
}
