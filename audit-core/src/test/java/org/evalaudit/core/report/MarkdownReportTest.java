package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void showsScorecardRowPerSinAndEveryFinding() {
        String md = new MarkdownReport().render(ReportFixtures.sample());
        assertTrue(md.startsWith("# evalaudit report\n"));
        for (Sin sin : Sin.values()) {
            assertTrue(md.contains("| " + Escapes.markdown(sin.code()) + " | " + sin.title() + " | **"),
                    "row for sin " + sin.code());
        }
        assertTrue(md.contains("### structure — FAIL"));
        assertTrue(md.contains("**mde\\_points = 9.8**"), "headline with rounded value");
        assertTrue(md.contains("| model-a | 0.8125 | 0.75 | 0.875 | 160 | x, y | true |"), md);
        assertTrue(md.contains("| benchmark | data/items.jsonl | " + "ab".repeat(32) + " | 200 | 0 |"), "inputs");
        assertTrue(md.contains("- results.jsonl:7: field \"score\": expected a number\n"), "skipped locations");
    }

    @Test
    void escapesTableBreakingAndHtmlCharacters() {
        String md = new MarkdownReport().render(ReportFixtures.sample());
        assertTrue(md.contains("| m\\|pipe newline |  |"), "pipe escaped and line break flattened");
        assertFalse(md.contains("<script>"), "no raw HTML tag");
        assertTrue(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(md.contains("<img"));
    }

    @Test
    void longTablesAreCutWithANoteNamingTheFileWithAllRows() {
        Table.Builder table = Table.of("model", "score");
        for (int i = 0; i < 8; i++) {
            table.row("m" + i, i / 10.0);
        }
        Finding withExport = Finding.of("noise", Sin.TOO_FEW_EXAMPLES, Severity.PASS, new Headline("h", 1.0), "s")
                .withTable(table.build()).withExports(List.of(new Export("model-scores.csv", table.build())));
        Finding withoutExport = Finding.of("other", Sin.SATURATION, Severity.PASS, new Headline("h", 1.0), "s")
                .withTable(table.build());
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), List.of(withExport, withoutExport));
        String md = new MarkdownReport(3).render(report);
        assertTrue(md.contains("| m2 | 0.2 |"));
        assertFalse(md.contains("| m3 |"));
        assertTrue(md.contains("_5 more rows in model-scores.csv_"));
        assertTrue(md.contains("_5 more rows in report.json_"));
    }

    @Test
    void outputDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            String root = new MarkdownReport().render(ReportFixtures.sample());
            Locale.setDefault(Locale.GERMANY);
            String german = new MarkdownReport().render(ReportFixtures.sample());
            assertEquals(root, german);
            assertTrue(german.contains("0.8125"), "decimal point, never a comma");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void refusesAZeroRowLimit() {
        assertThrows(IllegalArgumentException.class, () -> new MarkdownReport(0));
    }
}
