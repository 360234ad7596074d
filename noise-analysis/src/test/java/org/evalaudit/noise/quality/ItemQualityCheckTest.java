package org.evalaudit.noise.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class ItemQualityCheckTest {
    private static final List<String> CHOICES = List.of("one", "two", "three", "four");

    private static List<Item> clean(int n) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new Item("q" + i, "Question number " + i + " asks what?", CHOICES, "A", null, null, null, Map.of()));
        }
        return items;
    }

    private static Finding run(List<Item> items, AuditOptions options) {
        return new ItemQualityCheck().run(AuditContext.builder().benchmark(new Benchmark("b", items)).options(options)
                .build()).get(0);
    }

    @Test
    void notAssessedWithoutABenchmark() {
        assertEquals(Severity.NOT_ASSESSED, new ItemQualityCheck().run(AuditContext.builder().build()).get(0).severity());
    }

    @Test
    void passesACleanBenchmark() {
        Finding finding = run(clean(50), AuditOptions.defaults());
        assertEquals(Severity.PASS, finding.severity());
        assertEquals(0.0, finding.headline().value());
    }

    @Test
    void warnsBelowTheFailRateAndFailsAtItOrOnConflictingCopies() {
        List<Item> items = clean(200);
        items.set(7, new Item("q7", "Why?", CHOICES, "A", null, null, null, Map.of()));
        Finding warn = run(items, AuditOptions.defaults());
        assertEquals(Severity.WARN, warn.severity(), warn.summary());
        assertEquals(1.0, warn.headline().value());
        assertEquals("very short question", warn.items().get(0).reason());

        Finding fail = run(items, AuditOptions.defaults().with("quality.fail-rate", "0.005"));
        assertEquals(Severity.FAIL, fail.severity());

        items.add(new Item("copy", items.get(3).question(), CHOICES, "B", null, null, null, Map.of()));
        Finding conflict = run(items, AuditOptions.defaults());
        assertEquals(Severity.FAIL, conflict.severity(), "one of two keys of the same item is wrong");
        assertTrue(conflict.items().stream().anyMatch(i -> i.itemId().equals("copy")
                && i.reason().equals("same text (question and any choices) as q3, different gold (two vs one)")), conflict.items().toString());
        assertTrue(conflict.summary().contains("1 duplicate pair (1 with different golds"), conflict.summary());
    }
}
