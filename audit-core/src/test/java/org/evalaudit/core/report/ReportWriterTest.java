package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportWriterTest {

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesExportsThenTheChosenFormatsWithReportJsonLastAndCreatesTheFolder(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a/b");
        List<Path> written = ReportWriter.write(ReportFixtures.sample(), out, ReportFormat.parseList("json,md,html,csv"));
        assertEquals(List.of("model-scores.csv", "scores.jsonl", "flagged-items.csv", "report.md", "report.html",
                "report.json"), written.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("flagged-items.csv", "model-scores.csv", "report.html", "report.json", "report.md",
                "scores.jsonl"), listing(out), "no temporary file is left behind");
        assertTrue(Files.readString(out.resolve("model-scores.csv")).startsWith("model,score,ci_low,ci_high,n,tags,ok\n"));
    }

    @Test
    void exportsAreWrittenWhateverTheFormats(@TempDir Path dir) throws IOException {
        ReportWriter.write(ReportFixtures.sample(), dir, EnumSet.of(ReportFormat.MD));
        assertEquals(List.of("model-scores.csv", "report.md", "scores.jsonl"), listing(dir));
    }

    /** Same report, same bytes in every format, also under another default locale. */
    @ParameterizedTest
    @ValueSource(longs = {0, 21, 22, 23})
    void sameReportGivesSameBytesInEveryFormat(long seed, @TempDir Path dir) throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Report report = seed == 0 ? ReportFixtures.sample() : ReportFixtures.random(seed);
            List<Path> first = ReportWriter.write(report, dir.resolve("one"), EnumSet.allOf(ReportFormat.class));
            Locale.setDefault(Locale.GERMANY);
            Report again = seed == 0 ? ReportFixtures.sample() : ReportFixtures.random(seed);
            ReportWriter.write(again, dir.resolve("two"), EnumSet.allOf(ReportFormat.class));
            for (Path file : first) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("two").resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aRendererThatFailsMidwayLeavesThePreviousFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.md"), "previous complete report\n");
        ReportRenderer failing = (report, out) -> {
            out.write("half a rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        };
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), List.of());
        IOException e = assertThrows(IOException.class,
                () -> ReportWriter.write(report, dir, Map.of(ReportFormat.MD, failing)));
        assertEquals("disk full", e.getMessage());
        assertEquals("previous complete report\n", Files.readString(dir.resolve("report.md")));
        assertEquals(List.of("report.md"), listing(dir));
    }

    @Test
    void replacesAnExistingReport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), "old");
        ReportWriter.write(ReportFixtures.sample(), dir, EnumSet.of(ReportFormat.JSON));
        assertTrue(Files.readString(dir.resolve("report.json")).startsWith("{\n  \"schema\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.csv", "sub/dir.csv", ".hidden.csv", "scores.parquet", "report.json",
        "flagged-items.csv", ""})
    void unsafeOrReservedExportNamesAreRefusedBeforeAnythingIsWritten(String name, @TempDir Path dir) {
        Finding finding = Finding.of("x", Sin.LOW_QUALITY, Severity.PASS, Headline.none(), "s")
                .withExports(List.of(new Export("fine.csv", Table.of("a").row(1).build()),
                        new Export(name, Table.of("a").row(1).build())));
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), List.of(finding));
        Path out = dir.resolve("out");
        assertThrows(IllegalArgumentException.class, () -> ReportWriter.write(report, out, EnumSet.allOf(ReportFormat.class)));
        assertFalse(Files.exists(out));
    }

    @Test
    void twoFindingsCannotWriteTheSameExport(@TempDir Path dir) {
        Export export = new Export("same.csv", Table.of("a").row(1).build());
        Finding one = Finding.of("one", Sin.LOW_QUALITY, Severity.PASS, Headline.none(), "s").withExports(List.of(export));
        Finding two = Finding.of("two", Sin.SATURATION, Severity.PASS, Headline.none(), "s").withExports(List.of(export));
        Report report = Report.of(ReportFixtures.TOOL, null, List.of(), Map.of(), List.of(one, two));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportWriter.write(report, dir, EnumSet.of(ReportFormat.JSON)));
        assertTrue(e.getMessage().contains("one") && e.getMessage().contains("two"), e.getMessage());
    }
}
