package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.cell;
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

    @Test
    void notAssessedWithoutABenchmark() {
        assertEquals(Severity.NOT_ASSESSED, only(check.run(AuditContext.builder().build())).severity());
    }

    @Test
    void countsCharactersAsCodePointsAndTokensAsCharactersOverFour() {
        Finding f = only(check.run(context(BENCH, null)));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(7.0, f.headline().value(), "⌈16/4⌉ + ⌈9/4⌉ = 4 + 3");
        assertEquals(12.5, cell(f, "prompt_chars_mean", "value"), "(16 + 9) / 2, the emoji is one character");
        assertEquals(16L, cell(f, "prompt_chars_max", "value"));
        assertEquals(1L, cell(f, "multiple_choice_items", "value"));
        assertEquals(1L, cell(f, "free_form_items", "value"));
        assertEquals(2L, cell(f, "calls_per_run", "value"), "without results: 1 template, 1 sample");
        assertNull(cell(f, "models", "value"));
    }

    @Test
    void multipliesByTemplatesAndSamplesFromTheResults() {
        Finding f = only(check.run(context(BENCH, results())));
        assertEquals(2L, cell(f, "templates", "value"));
        assertEquals(5L, cell(f, "samples", "value"));
        assertEquals(20L, cell(f, "calls_per_run", "value"), "2 items × 2 templates × 5 samples");
        assertEquals(70.0, f.headline().value(), "7 tokens × 10");
        assertEquals(3L, cell(f, "models", "value"));
        assertEquals(210L, cell(f, "prompt_tokens_all_models_est", "value"));
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
