package org.evalaudit.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportReaderTest {
    private final JsonReport json = new JsonReport();

    private Report readBack(byte[] bytes) throws IOException {
        return ReportReader.read(new ByteArrayInputStream(bytes), Path.of("report.json"));
    }

    @Test
    void jsonToReportToJsonIsByteIdentical() throws IOException {
        byte[] first = json.toBytes(ReportFixtures.sample());
        assertArrayEquals(first, json.toBytes(readBack(first)));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
    void randomReportsRoundTripByteIdentical(long seed) throws IOException {
        byte[] first = json.toBytes(ReportFixtures.random(seed));
        assertArrayEquals(first, json.toBytes(readBack(first)),
                () -> new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void readsTheScorecardAsWrittenAndTheFieldsBack() throws IOException {
        Report original = ReportFixtures.sample();
        Report back = readBack(json.toBytes(original));
        assertEquals(original.scorecard(), back.scorecard());
        assertEquals(original.inputs(), back.inputs());
        assertEquals(original.options(), back.options());
        assertEquals(original.findings().get(1).items(), back.findings().get(1).items());
        assertEquals(List.of("model-a", 0.8125, 0.75, 0.875, 160L, List.of("x", "y"), true),
                back.findings().get(0).table().rows().get(0));
    }

    @Test
    void rewritingAReadReportGivesTheSameFilesIncludingExports(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        ReportWriter.write(ReportFixtures.sample(), first, EnumSet.allOf(ReportFormat.class));
        Report back = ReportReader.read(first.resolve("report.json"));
        List<Path> written = ReportWriter.write(back, second, EnumSet.allOf(ReportFormat.class));
        assertEquals(6, written.size(), written.toString());
        for (Path file : written) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file.getFileName())), Files.readAllBytes(file),
                    file.getFileName().toString());
        }
    }

    @Test
    void missingExportFileGivesANullTableThatIsNotWritten(@TempDir Path dir) throws IOException {
        ReportWriter.write(ReportFixtures.sample(), dir, EnumSet.of(ReportFormat.JSON));
        Files.delete(dir.resolve("scores.jsonl"));
        Report back = ReportReader.read(dir.resolve("report.json"));
        assertNull(back.findings().get(0).exports().get(1).table());
        Path again = dir.resolve("again");
        List<Path> written = ReportWriter.write(back, again, EnumSet.of(ReportFormat.JSON));
        assertEquals(List.of(again.resolve("model-scores.csv"), again.resolve("report.json")), written);
        assertArrayEquals(Files.readAllBytes(dir.resolve("report.json")), Files.readAllBytes(again.resolve("report.json")),
                "the file list is kept even when a file is missing");
    }

    @Test
    void malformedJsonNamesTheLine() {
        byte[] bad = "{\n  \"schema\": \"evalaudit.report/1\",\n  \"tool\": {,\n}".getBytes(StandardCharsets.UTF_8);
        InputError e = assertThrows(InputError.class, () -> readBack(bad));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("report.json:3: not valid JSON"), e.getMessage());
    }

    @Test
    void missingOrWrongFieldsNameTheFieldPath() {
        String good = new String(json.toBytes(ReportFixtures.sample()), StandardCharsets.UTF_8);
        InputError severity = assertThrows(InputError.class,
                () -> readBack(good.replaceFirst("\"severity\": \"WARN\"", "\"severity\": \"BAD\"")
                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals("scorecard[0].severity", severity.field());
        InputError schema = assertThrows(InputError.class,
                () -> readBack(good.replace("evalaudit.report/1", "other/2").getBytes(StandardCharsets.UTF_8)));
        assertEquals("schema", schema.field());
        InputError missing = assertThrows(InputError.class,
                () -> readBack(good.replace("\"item_id\"", "\"itemid\"").getBytes(StandardCharsets.UTF_8)));
        assertEquals("findings[1].items[0].item_id", missing.field());
        assertTrue(missing.getMessage().contains("missing"), missing.getMessage());
    }
}
