package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.free;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class AnswerPositionBiasCheckTest {
    private final AnswerPositionBiasCheck check = new AnswerPositionBiasCheck();

    /** Items with {@code choices} choices whose gold letters are spread as {@code counts} (A first). */
    private static List<Item> items(String prefix, int choices, int... counts) {
        List<Item> items = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (int c = 0; c < choices; c++) {
            options.add("option " + c);
        }
        for (int position = 0; position < counts.length; position++) {
            for (int i = 0; i < counts[position]; i++) {
                items.add(Item.of(prefix + position + "-" + i, "q", options, Item.letter(position)));
            }
        }
        return items;
    }

    private static Benchmark bench(List<Item> items) {
        return new Benchmark("b", items);
    }

    private Finding gold(Benchmark benchmark) {
        return check.run(context(benchmark, null)).get(0);
    }

    private Finding models(Benchmark benchmark, Results results) {
        return check.run(context(benchmark, results)).get(1);
    }

    private static Object column(Finding f, int row, String column) {
        return f.table().rows().get(row).get(f.table().columns().indexOf(column));
    }

    @Test
    void evenlySpreadGoldPasses() {
        Finding f = gold(bench(items("q", 4, 25, 25, 25, 25)));
        assertEquals("answer-position/gold", f.id());
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value());
        assertEquals(1.0, column(f, 0, "p_value"));
        assertEquals(List.of(25L, 25L, 25L, 25L), column(f, 0, "counts"));
    }

    /** 40/20/20/20: X² = 12, df = 3, p = 0.00738 (scipy.stats.chisquare), excess 0.40 − 0.25 = 0.15. */
    @Test
    void stronglySkewedGoldFails() {
        Finding f = gold(bench(items("q", 4, 40, 20, 20, 20)));
        assertEquals(Severity.FAIL, f.severity());
        assertEquals(0.15, f.headline().value(), 1e-12);
        assertEquals(12.0, (Double) column(f, 0, "chi2"), 1e-12);
        assertEquals(3L, column(f, 0, "df"));
        assertEquals(0.007383160505359769, (Double) column(f, 0, "p_value"), 1e-14);
        assertEquals("A", column(f, 0, "top_position"));
        assertTrue(f.summary().contains("fall on A 40.0% of the time against 25.0% expected"), f.summary());
    }

    /** 1120/960/960/960 of 4000: X² = 19.2, p = 0.00025, excess 0.28 − 0.25 = 0.03: between warn and fail. */
    @Test
    void mildButSignificantSkewWarns() {
        Finding f = gold(bench(items("q", 4, 1120, 960, 960, 960)));
        assertEquals(Severity.WARN, f.severity());
        assertEquals(0.03, f.headline().value(), 1e-12);
    }

    @Test
    void aLargeSkewThatIsNotSignificantPasses() {
        Finding f = gold(bench(items("q", 4, 9, 5, 5, 5)));
        assertEquals(Severity.PASS, f.severity(), "X² = 2, p = 0.57 with 24 items");
        assertTrue(f.headline().value() > 0.1);
    }

    @Test
    void testsAreCorrectedForTheNumberOfChoiceGroups() {
        List<Item> alone = items("q", 4, 40, 20, 20, 20);
        assertEquals(Severity.FAIL, gold(bench(alone)).severity(), "p = 0.0074 < 0.01");
        List<Item> withSecondGroup = new ArrayList<>(alone);
        withSecondGroup.addAll(items("r", 2, 10, 10));
        Finding f = gold(bench(withSecondGroup));
        assertEquals(2, f.table().rows().size(), "one row per number of choices");
        assertEquals(2L, column(f, 0, "choices"));
        assertEquals(4L, column(f, 1, "choices"));
        assertEquals(Severity.PASS, f.severity(), "p = 0.0074 is not under 0.01 / 2");
    }

    @Test
    void tooFewItemsAreNotTestedAndFreeFormItemsAreIgnored() {
        List<Item> few = items("q", 4, 3, 2, 2, 1);
        few.add(free("f", "42"));
        Finding f = gold(bench(few));
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertNull(column(f, 0, "p_value"));
        assertEquals(8L, column(f, 0, "n"));
        assertEquals(Severity.NOT_ASSESSED, gold(benchmark(free("a", "1"))).severity());
    }

    @Test
    void aModelThatPrefersALetterIsFlaggedAndOneThatFollowsTheGoldIsNot() {
        Benchmark benchmark = bench(items("q", 4, 25, 25, 25, 25));
        Results.Builder results = Results.builder();
        int i = 0;
        for (Item item : benchmark.items()) {
            results.add(item.id(), "faithful", null, 0, null, item.gold(), 1.0);
            boolean lean = item.goldIndex() > 0 && i++ % 2 == 0;
            results.add(item.id(), "likes-A", null, 0, null, lean ? "a" : item.gold(), lean ? 0.0 : 1.0);
            results.add(item.id(), "erratic", null, 0, null, item.goldIndex() == 0 ? null : "E", 0.0);
        }
        Finding f = models(benchmark, results.build());
        assertEquals("answer-position/models", f.id());
        assertEquals(Severity.WARN, f.severity());
        assertEquals(1.0, f.headline().value(), "only likes-A is biased");
        assertEquals("faithful", column(f, 0, "source"));
        assertEquals(1.0, column(f, 0, "p_value"));
        assertEquals("likes-A", column(f, 1, "source"));
        assertEquals("A", column(f, 1, "top_position"));
        assertEquals(0.63, (Double) column(f, 1, "top_share"), 1e-12);
        assertEquals(0.25, (Double) column(f, 1, "expected_share"), 1e-12, "the gold is A for 25 of its 100 answers");
        assertEquals(List.of(63L, 12L, 13L, 12L), column(f, 1, "counts"), "A: 25 gold + 38 leaning");
        assertEquals(0L, column(f, 1, "other"));
        assertEquals(2, f.table().rows().size(), "erratic gave no letter within the choices, so no row");
        assertTrue(f.summary().startsWith("1 of 3 models prefer one answer position"), f.summary());
    }

    @Test
    void modelsAreNotAssessedWithoutResults() {
        Finding f = check.run(context(bench(items("q", 4, 25, 25, 25, 25)), null)).get(1);
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertTrue(f.summary().contains("no results"));
    }
}
