package org.evalaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.evalaudit.cli.demo.DemoDataset;
import org.evalaudit.core.testing.SharedData;
import org.evalaudit.noise.power.PlanRequest;
import org.evalaudit.noise.power.PowerAnalysis;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command end to end on the demo data (generated, so these run in every clone) or on real data. */
class CommandsTest {
    @TempDir
    Path dir;
    private DemoDataset.DemoFiles demo;

    @BeforeEach
    void generateDemoData() throws IOException {
        demo = DemoDataset.write(dir.resolve("data"), 20261127L);
    }

    @Test
    void planPrintsTheItemsPowerAnalysisNeeds() {
        CliRunner run = CliRunner.run("plan", "--accuracy", "0.7", "--mde", "0.02");
        assertEquals(0, run.code(), run.err());
        long expected = PowerAnalysis.plan(PlanRequest.of(0.7, 0.02)).itemsNeeded();
        assertTrue(run.out().contains("items needed: " + expected), run.out());
        assertEquals(ExitCodes.USAGE, CliRunner.run("plan", "--accuracy", "0.7").code(), "--mde is required");
    }

    @Test
    void anEmptyInputOrAnOutputThatIsAFileStopsBeforeAnyWork() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        CliRunner noResponses = CliRunner.run("audit", "--benchmark", demo.benchmark().toString(), "--results",
                empty.toString(), "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.INPUT, noResponses.code());
        assertTrue(noResponses.err().contains(empty + ": holds no responses: is it empty, or the wrong file?"),
                noResponses.err());
        assertFalse(Files.exists(dir.resolve("a")), "nothing is written");

        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRunner outIsAFile = CliRunner.run("labels", "--benchmark", demo.benchmark().toString(), "--results",
                demo.results().toString(), "--out", file.toString());
        assertEquals(ExitCodes.USAGE, outIsAFile.code());
        assertTrue(outIsAFile.err().contains("--out=" + file + " is a file"), outIsAFile.err());
        CliRunner indexIsAFile = CliRunner.run("contamination", "index", "--corpus", demo.corpus().toString(),
                "--index", file.toString());
        assertEquals(ExitCodes.USAGE, indexIsAFile.code());
        assertTrue(indexIsAFile.err().contains("--index=" + file + " is a file"), indexIsAFile.err());
    }

    @Test
    void labelsRanksThePlantedWrongGoldsFirst() throws IOException {
        Path out = dir.resolve("labels");
        CliRunner run = CliRunner.run("labels", "--benchmark", demo.benchmark().toString(), "--results",
                demo.results().toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> rows = Files.readAllLines(out.resolve("suspect-labels.csv"));
        assertTrue(rows.get(0).startsWith("rank,item_id,suspicion,probability_wrong,verdict,gold,suggested_answer,support,models"));
        Set<String> planted = Set.of("demo-017", "demo-048", "demo-079", "demo-110", "demo-141", "demo-172",
                "demo-203", "demo-234", "demo-265", "demo-296", "demo-327", "demo-358");
        long inTop15 = rows.subList(1, 16).stream().map(r -> r.split(",")[1]).filter(planted::contains).count();
        assertTrue(inTop15 >= 10, "planted wrong golds among the 15 most suspect: " + inTop15);

        List<String> console = run.out().lines().toList();
        int finding = console.indexOf(console.stream().filter(l -> l.startsWith("  WARN suspect-labels: ")
                || l.startsWith("  FAIL suspect-labels: ")).findFirst().orElseThrow());
        String top = rows.get(1).split(",")[1];
        assertTrue(console.get(finding + 1).startsWith("      " + top + ": "), "the most suspect item under the "
                + "finding: " + console.get(finding + 1));
        assertTrue(console.get(finding + 4).matches("      \\.\\.\\. and \\d+ more flagged items in the report"),
                console.get(finding + 4));
    }

    @Test
    void noiseWritesModelScoresAndPairwiseTables() throws IOException {
        Path out = dir.resolve("noise");
        CliRunner run = CliRunner.run("noise", "--results", demo.results().toString(), "--out", out.toString(),
                "--format", "json");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.readAllLines(out.resolve("model-scores.csv")).get(0)
                .startsWith("model,n,mean,se,ci_low,ci_high,clustered_se,clusters"));
        assertEquals(1 + 8 * 7 / 2, Files.readAllLines(out.resolve("pairwise.csv")).size(), "one row per model pair");
        List<String> table = run.out().lines().takeWhile(line -> !line.isEmpty()).toList();
        assertTrue(table.get(1).startsWith("1    too few examples "), table.toString());
        assertTrue(table.stream().noneMatch(line -> line.startsWith("+c ")), "contamination is not a noise check");
        assertTrue(table.get(table.size() - 1).startsWith("(not checked by this command: sins 2, 3, "), table.toString());
    }

    @Test
    void aMisspeltSettingIsNamedWithTheKeyItProbablyMeant() {
        CliRunner run = CliRunner.run("noise", "--results", demo.results().toString(), "--out",
                dir.resolve("noise").toString(), "--set", "sampling-noise.mde-warn-point=5",
                "--set", "sampling-noise.alpha=0.1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("warning: no check read --set sampling-noise.mde-warn-point in this run "
                + "(did you mean sampling-noise.mde-warn-points?)"), run.err());
        assertFalse(run.err().contains("--set sampling-noise.alpha"), "a key the checks read is not warned about");
    }

    @Test
    void noiseReadsScoreOnlyResultsByFieldNames() {
        Path humaneval = SharedData.require("eval-arena/humaneval.jsonl");
        CliRunner run = CliRunner.run("noise", "--results", humaneval.toString(), "--results-fields",
                "item_id=example_id,score=pass1", "--out", dir.resolve("he").toString(), "--json");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("\"share_distinguishable\""), run.out());
    }

    @Test
    void scanAndQueryOfTheSameCorpusGiveTheSameItemVerdicts() throws IOException {
        Path scanOut = dir.resolve("scan");
        CliRunner scan = CliRunner.run("contamination", "scan", "--benchmark", demo.benchmark().toString(),
                "--corpus", demo.corpus().toString(), "--out", scanOut.toString(), "--threads", "1");
        assertEquals(0, scan.code(), scan.err());

        Path index = dir.resolve("index");
        assertEquals(0, CliRunner.run("contamination", "index", "--corpus", demo.corpus().toString(),
                "--index", index.toString(), "--threads", "1").code());
        CliRunner info = CliRunner.run("contamination", "index-info", "--index", index.toString());
        assertTrue(info.out().contains("documents:    600"), info.out());

        Path queryOut = dir.resolve("query");
        CliRunner query = CliRunner.run("contamination", "query", "--benchmark", demo.benchmark().toString(),
                "--index", index.toString(), "--out", queryOut.toString());
        assertEquals(0, query.code(), query.err());
        assertArrayEquals(Files.readAllBytes(scanOut.resolve("contamination-items.csv")),
                Files.readAllBytes(queryOut.resolve("contamination-items.csv")));
        long leaked = Files.readAllLines(scanOut.resolve("contamination-items.csv")).stream()
                .filter(r -> r.contains(",question and answer leaked,")).count();
        assertEquals(8, leaked, "the demo pastes 8 items with their answers into the corpus");
        for (CliRunner run : List.of(scan, query)) {
            assertTrue(run.out().matches("(?s).* Searched: 600 documents \\([0-9]{3},[0-9]{3} chars of text\\) in 1 corpus "
                    + "file\\..*"), run.out());
        }
    }

    @Test
    void reportReRendersAReportJsonToTheSameBytes() throws IOException {
        Path audit = dir.resolve("audit");
        assertEquals(0, CliRunner.run("audit", "--benchmark", demo.benchmark().toString(), "--results",
                demo.results().toString(), "--out", audit.toString()).code());
        Path again = dir.resolve("again");
        CliRunner run = CliRunner.run("report", "--in", audit.resolve("report.json").toString(), "--out",
                again.toString(), "--format", "json,md,html,csv");
        assertEquals(0, run.code(), run.err());
        for (String file : List.of("report.json", "report.md", "report.html", "flagged-items.csv")) {
            assertArrayEquals(Files.readAllBytes(audit.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void aFolderWithoutAnIndexIsAnInputError() {
        CliRunner run = CliRunner.run("contamination", "query", "--benchmark", demo.benchmark().toString(),
                "--index", dir.resolve("none").toString(), "--out", dir.resolve("q").toString());
        assertEquals(ExitCodes.INPUT, run.code());
        assertTrue(run.err().contains("holds no index"), run.err());
    }

    @Test
    void aBadCorpusRecordStopsTheScanWithItsFileLineAndFieldAndWritesNothing() throws IOException {
        Path corpus = dir.resolve("bad-corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"a\", \"text\": \"fine\"}\n"
                + "{\"id\": \"b\", \"text\": \"fine\", \"meta\": [1, 2,]}\n");
        Path out = dir.resolve("scan-bad");
        CliRunner run = CliRunner.run("contamination", "scan", "--benchmark", demo.benchmark().toString(),
                "--corpus", corpus.toString(), "--out", out.toString());
        assertEquals(ExitCodes.INPUT, run.code(), run.err());
        assertTrue(run.err().contains("bad-corpus.jsonl:2") && run.err().contains("\"meta\""), run.err());
        assertFalse(Files.exists(out.resolve("report.json")), "a report was written");
    }

    /** Under --on-error skip, scan and index go on past a bad corpus line, and say so: count and place. */
    @Test
    void skippedCorpusRecordsAreCountedAndNamedByScanAndIndex() throws IOException {
        Path corpus = dir.resolve("skip-corpus.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(demo.corpus()));
        lines.add(2, "{\"id\": \"b\", \"text\": \"fine\", \"meta\": [1, 2,]}");
        Files.write(corpus, lines);
        Path out = dir.resolve("scan-skip");
        CliRunner scan = CliRunner.run("contamination", "scan", "--benchmark", demo.benchmark().toString(),
                "--corpus", corpus.toString(), "--out", out.toString(), "--on-error", "skip");
        assertEquals(0, scan.code(), scan.err());
        assertTrue(scan.out().contains("  FAIL contamination: ") && scan.out().contains("1 bad corpus records were "
                + "skipped"), "the console names what to read first: " + scan.out());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("1 bad corpus records were skipped (--on-error skip) and not searched, the first: "
                + corpus + ":3: field \"meta\""), report);
        assertEquals(8, Files.readAllLines(out.resolve("contamination-items.csv")).stream()
                .filter(r -> r.contains(",question and answer leaked,")).count(), "the good documents were scanned");

        CliRunner index = CliRunner.run("contamination", "index", "--corpus", corpus.toString(), "--index",
                dir.resolve("index-skip").toString(), "--threads", "1", "--on-error", "skip");
        assertEquals(0, index.code(), index.err());
        assertTrue(index.out().contains("bad records skipped: 1; the first:\n  " + corpus + ":3: field \"meta\""),
                index.out());
    }
}
