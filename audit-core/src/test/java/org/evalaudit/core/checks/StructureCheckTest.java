package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.cell;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.free;
import static org.evalaudit.core.checks.Fixtures.mc;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class StructureCheckTest {
    private final StructureCheck check = new StructureCheck();

    private static Results answered(String... itemIds) {
        Results.Builder results = Results.builder();
        for (String id : itemIds) {
            results.add(id, "m1", null, 0, null, "A", 1.0);
            results.add(id, "m2", null, 0, null, "B", 0.0);
        }
        return results.build();
    }

    private static Map<String, String> reasons(Finding finding) {
        return finding.items().stream().collect(Collectors.toMap(FlaggedItem::itemId, FlaggedItem::reason));
    }

    @Test
    void notAssessedWithoutABenchmark() {
        Finding f = only(check.run(AuditContext.builder().results(answered("q1")).build()));
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertTrue(f.summary().contains("no benchmark"));
    }

    @Test
    void aCleanBenchmarkPasses() {
        Benchmark clean = benchmark(mc("q1", "A"), mc("q2", "D"), free("q3", "42"));
        Finding f = only(check.run(context(clean, answered("q1", "q2", "q3"))));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value());
        assertTrue(f.items().isEmpty());
        assertTrue(f.summary().startsWith("All 3 items are well-formed"), f.summary());
    }

    @Test
    void aResultsFileGivenTwiceIsFoundButRealRepeatedSamplesAreNot() {
        Benchmark clean = benchmark(mc("q1", "A"), mc("q2", "D"));
        Results.Builder twice = Results.builder();
        for (int copy = 0; copy < 2; copy++) {
            twice.add("q1", "m1", null, 0, "The answer is A", "A", 1.0);
            twice.add("q2", "m1", null, 0, "The answer is B", "B", 0.0);
        }
        twice.add("q2", "m1", null, 0, "I think D", "D", 1.0);
        Finding f = only(check.run(context(clean, twice.build())));
        assertEquals(2.0, f.headline().value());
        assertEquals("1 response repeats an earlier one exactly (model, template, sample, response), counted as "
                + "extra answers", reasons(f).get("q1").replaceAll(" — question.*", ""));
        assertEquals(2L, cell(f, "repeated response", "items"));

        Results.Builder sampled = Results.builder();
        for (String response : List.of("A, since ...", "B, because ...", "A, as ...")) {
            sampled.add("q1", "m1", null, 0, response, response.substring(0, 1), response.startsWith("A") ? 1.0 : 0.0);
            sampled.add("q2", "m1", null, 0, response, response.substring(0, 1), 0.0);
        }
        assertEquals(Severity.PASS, only(check.run(context(clean, sampled.build()))).severity(),
                "three samples with different responses and no sample index are samples, not copies");
    }

    @Test
    void findsEveryKindOfProblemAndNamesTheItems() {
        Benchmark bad = benchmark(
                mc("ok", "B"),
                mc("dup", "A"),
                mc("dup", "C"),
                Item.of("blank", "   ", List.of("x", "y"), "A"),
                mc("nogold", null),
                mc("e", "E"),
                Item.of("text", "Capital of France?", List.of("Paris", "Rome"), "Paris"),
                free("unanswered", "7"));
        Results results = answered("ok", "dup", "blank", "nogold", "e", "text", "ghost");
        Finding f = only(check.run(context(bad, results)));
        Map<String, String> reasons = reasons(f);
        assertEquals(List.of("dup", "e", "ghost", "nogold", "text", "unanswered"),
                reasons.keySet().stream().sorted().toList(), "a blank question is item-quality's, not structure's");
        assertEquals(6.0, f.headline().value());
        assertEquals(Severity.FAIL, f.severity(), "6 of 8 items is far above 1%");
        assertTrue(reasons.get("dup").startsWith("id used by 2 items"), reasons.get("dup"));
        assertTrue(reasons.get("nogold").startsWith("gold answer missing"));
        assertTrue(reasons.get("e").startsWith("gold \"E\" is not among the 4 choices (A–D)"), reasons.get("e"));
        assertTrue(reasons.get("text").startsWith("gold \"Paris\" is a choice's text, not its letter"), reasons.get("text"));
        assertEquals("2 responses for an item the benchmark does not have", reasons.get("ghost"));
        assertTrue(reasons.get("unanswered").startsWith("no model response"));
        assertEquals(1L, cell(f, "duplicate id", "items"));
        assertEquals(List.of("e", "text"), cell(f, "gold not among the choices", "examples"));
        assertEquals(List.of("ghost"), cell(f, "results for an unknown item", "examples"));
        assertEquals(List.of("unanswered"), cell(f, "item without results", "examples"));
        assertTrue(f.summary().startsWith("6 of 8 items (75.0%) have structural problems: 1 duplicate id, "
                + "1 gold answer missing, 2 golds not among the choices"), f.summary());
    }

    @Test
    void reasonsQuoteTheQuestionSoAReaderCanFindTheItem() {
        Benchmark bad = benchmark(Item.of("q1", "<script>alert(1)</script>", List.of("a", "b"), "Z"));
        FlaggedItem item = only(check.run(context(bad, null))).items().get(0);
        assertTrue(item.reason().endsWith("— question: \"<script>alert(1)</script>\""), item.reason());
    }

    @Test
    void itemsWithMoreProblemsComeFirst() {
        Benchmark bad = benchmark(mc("one", "Z"), mc("two", null), mc("two", "A"));
        List<FlaggedItem> items = only(check.run(context(bad, null))).items();
        assertEquals("two", items.get(0).itemId());
        assertEquals(2.0, items.get(0).score());
        assertEquals(1.0, items.get(1).score());
    }

    @Test
    void withoutResultsCoverageIsNotCheckedAndSaysSo() {
        Finding f = only(check.run(context(benchmark(mc("q1", "A")), null)));
        assertEquals(Severity.PASS, f.severity());
        assertNull(cell(f, "item without results", "items"), "not checked is null, not zero");
        assertEquals(0L, cell(f, "gold answer missing", "items"));
        assertTrue(f.summary().contains("coverage"), f.summary());
    }

    @Test
    void belowTheFailRateItIsAWarning() {
        Item[] items = new Item[200];
        for (int i = 0; i < items.length; i++) {
            items[i] = mc("q" + i, i == 0 ? "F" : "A");
        }
        Benchmark mostlyClean = benchmark(items);
        assertEquals(Severity.WARN, only(check.run(context(mostlyClean, null))).severity(), "1 of 200 = 0.5% < 1%");
        assertEquals(Severity.FAIL, only(check.run(context(mostlyClean, null,
                Map.of(StructureCheck.FAIL_RATE, "0.005")))).severity(), "the threshold is an option");
    }
}
