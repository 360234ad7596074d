package org.evalaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: help, exit codes, atomic output, escaping, skipped records. */
class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void helpListsCommandsAndExitCodes() {
        CliRunner run = CliRunner.run("--help");
        assertEquals(0, run.code());
        for (String command : List.of("audit", "noise", "labels", "plan", "contamination", "report", "demo")) {
            assertTrue(run.out().contains(command), "help lists " + command);
        }
        assertTrue(run.out().contains("3  input error"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("audit", "--no-such-option").code());
        assertEquals(ExitCodes.USAGE, CliRunner.run("audit", "--results", "x.jsonl").code(), "--out is required");
    }

    @Test
    void brokenLineSevenStopsWithInputErrorAndWritesNothing() throws IOException {
        Path items = writeItems("q", "What is 2+2?");
        Path results = dir.resolve("results.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(i == 7 ? "{\"item_id\": \"q0\", \"model\": " : "{\"item_id\": \"q" + (i % 3)
                    + "\", \"model\": \"m" + (i % 2) + "\", \"answer\": \"A\"}");
        }
        Files.write(results, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRunner failed = CliRunner.run("audit", "--benchmark", items.toString(), "--results", results.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.INPUT, failed.code(), failed.err());
        assertTrue(failed.err().contains("results.jsonl:7"), failed.err());
        assertFalse(Files.exists(out.resolve("report.json")), "no report after an input error");

        CliRunner skipped = CliRunner.run("audit", "--benchmark", items.toString(), "--results", results.toString(),
                "--out", out.toString(), "--on-error", "skip");
        assertEquals(0, skipped.code(), skipped.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode resultsInput = null;
        for (JsonNode input : report.get("inputs")) {
            if (input.get("role").asText().equals("results")) {
                resultsInput = input;
            }
        }
        assertEquals(1, resultsInput.get("skipped").asInt());
        assertEquals(9, resultsInput.get("records").asInt());
        assertTrue(resultsInput.get("skipped_at").get(0).asText().contains(":7"));
    }

    @Test
    void scriptInAQuestionIsEscapedInHtml() throws IOException {
        Path items = writeItems("x", "<script>alert(1)</script>");
        Path results = dir.resolve("results.jsonl");
        Files.writeString(results, "{\"item_id\": \"x0\", \"model\": \"<img src=x onerror=alert(2)>\", \"answer\": \"B\"}\n"
                + "{\"item_id\": \"x1\", \"model\": \"m\", \"answer\": \"A\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRunner run = CliRunner.run("audit", "--benchmark", items.toString(), "--results", results.toString(),
                "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(html.contains("<script>alert(1)"), "raw script from a question");
        assertFalse(html.contains("<img src=x"), "raw markup from a model name");
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "the report needs no script at all");
    }

    @Test
    void failOnWarnSetsExitCodeOne() throws IOException {
        Path items = writeItems("d", "Which is a duplicate?");
        Files.writeString(items, Files.readString(items) + Files.readString(items).lines().findFirst().get() + "\n");
        Path out = dir.resolve("out");
        CliRunner plain = CliRunner.run("audit", "--benchmark", items.toString(), "--out", out.toString());
        assertEquals(0, plain.code(), plain.err());
        CliRunner gated = CliRunner.run("audit", "--benchmark", items.toString(), "--out", out.toString(),
                "--fail-on", "warn");
        assertEquals(ExitCodes.FINDING, gated.code(), gated.out());
    }

    /** Three items {prefix}0..2 with four choices, gold A, the first with the given question. */
    private Path writeItems(String prefix, String firstQuestion) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            var node = mapper.createObjectNode();
            node.put("id", prefix + i);
            node.put("question", i == 0 ? firstQuestion : "Question number " + i + " about arithmetic?");
            node.putArray("choices").add("1").add("2").add("3").add("4");
            node.put("answer", "A");
            lines.add(mapper.writeValueAsString(node));
        }
        Path file = dir.resolve("items.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
