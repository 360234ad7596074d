package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit-core checks, run through the service-loaded {@link Audit}, rendered in every format. */
class AuditToReportTest {
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG_MODEL = "\"><img src=x onerror=alert(1)>";

    private static AuditContext context() {
        Benchmark benchmark = new Benchmark("hostile", List.of(
                Item.of("q1", SCRIPT, List.of("yes", "no"), null),
                Item.of("q2", "Capital of France?", List.of("Rome", "Paris"), "B"),
                Item.of("q3", "2 + 2?", List.of(), "4")));
        Results.Builder results = Results.builder();
        for (String model : List.of(IMG_MODEL, "plain-model")) {
            results.add("q1", model, "t", 0, "yes", "A", 0);
            results.add("q2", model, "t", 0, "It is Paris", null, 0);
            results.add("q3", model, "t", 0, "4", "4", 1);
        }
        BenchmarkCard card = new BenchmarkCard("hostile", "accuracy", List.of(),
                Map.of("intended_users", SCRIPT), Map.of());
        return AuditContext.builder().benchmark(benchmark).results(results.build()).card(card).build();
    }

    private static Report report() {
        return Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), Audit.discover().run(context()));
    }

    @Test
    void everyAuditCoreCheckIsRegistered() {
        Set<String> ids = Audit.discover().checks().stream().map(Check::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("structure", "answer-position", "metric-complexity", "run-cost",
                "meaningful-task", "grading")), ids.toString());
    }

    @Test
    void theScorecardCoversTheSinsOfAuditCoreWithoutErrors() {
        Report report = report();
        assertEquals(Sin.values().length, report.scorecard().size());
        for (Finding f : report.findings()) {
            assertFalse(f.severity() == org.evalaudit.core.audit.Severity.ERROR, f.id() + ": " + f.summary());
        }
        Set<Sin> spoken = report.findings().stream().map(Finding::sin).collect(Collectors.toSet());
        assertTrue(spoken.containsAll(Set.of(Sin.LOW_QUALITY, Sin.METRIC_COMPLEXITY, Sin.HARD_TO_RUN,
                Sin.NOT_MEANINGFUL, Sin.INCORRECT_GRADING)));
    }

    @Test
    void hostileQuestionAndModelNameAreEscapedInTheHtmlReport(@TempDir Path dir) throws IOException {
        ReportWriter.write(report(), dir, EnumSet.allOf(ReportFormat.class));
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains(SCRIPT));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the question is shown, escaped");
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"), "the model name is shown, escaped");
        String md = Files.readString(dir.resolve("report.md"));
        assertFalse(md.contains("<script") || md.contains("<img"));
        String csv = Files.readString(dir.resolve("flagged-items.csv"));
        assertTrue(csv.contains(SCRIPT), "CSV keeps the exact text for machines");
    }

    @Test
    void sameAuditGivesSameBytesAndReportJsonRoundTrips(@TempDir Path dir) throws IOException {
        List<Path> first = ReportWriter.write(report(), dir.resolve("a"), EnumSet.allOf(ReportFormat.class));
        ReportWriter.write(report(), dir.resolve("b"), EnumSet.allOf(ReportFormat.class));
        for (Path file : first) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("b").resolve(file.getFileName())),
                    file.getFileName().toString());
        }
        Report back = ReportReader.read(dir.resolve("a").resolve("report.json"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve("report.json")), new JsonReport().toBytes(back));
    }
}
