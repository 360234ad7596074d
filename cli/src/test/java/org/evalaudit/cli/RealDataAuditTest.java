package org.evalaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full audit on MMLU-Redux dev (issue 2's "done when"), and the demo. */
class RealDataAuditTest {
    @TempDir
    Path dir;

    @Test
    void auditsMmluReduxDeterministically() throws IOException {
        Path items = SharedData.require("mmlu-redux-dev/items.jsonl");
        Path predictions = SharedData.require("mmlu-redux-dev/predictions.jsonl");
        Path first = dir.resolve("r1");
        Path second = dir.resolve("r2");
        for (Path out : List.of(first, second)) {
            CliRunner run = CliRunner.run("audit", "--benchmark", items.toString(), "--results",
                    predictions.toString(), "--out", out.toString());
            assertEquals(0, run.code(), run.err());
        }
        for (String file : List.of("report.json", "report.md", "report.html", "flagged-items.csv")) {
            assertTrue(Files.isRegularFile(first.resolve(file)), file);
        }
        assertSameFiles(first, second);

        JsonNode report = new ObjectMapper().readTree(first.resolve("report.json").toFile());
        assertEquals("evalaudit.report/1", report.get("schema").asText());
        assertEquals(Sin.values().length, report.get("scorecard").size(), "a scorecard row for every sin");
    }

    @Test
    void demoRunsAndIsReproducible() throws IOException {
        Path first = dir.resolve("demo");
        Path second = dir.resolve("snapshot");
        assertEquals(0, CliRunner.run("demo", "--out", first.toString()).code());
        copyTree(first, second);
        CliRunner again = CliRunner.run("demo", "--out", first.toString());
        assertEquals(0, again.code(), again.err());
        assertSameFiles(second, first);
        assertFalse(Files.readString(first.resolve("report.html")).contains("<script"),
                "demo-399's <script> question never reaches the HTML unescaped");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** Every file under {@code a} exists under {@code b} with the same bytes. */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        try (Stream<Path> files = Files.walk(a)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = b.resolve(a.relativize(file).toString());
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(twin), "same bytes: " + file);
            }
        }
    }
}
