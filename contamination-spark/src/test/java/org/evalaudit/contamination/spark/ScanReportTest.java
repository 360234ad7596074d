package org.evalaudit.contamination.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evalaudit.contamination.checks.ContaminationCheck;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report is judged from the scan result it is given: the driver of a Spark scan must never have the
 * contamination check scan the corpus a second time on the driver's machine.
 */
class ScanReportTest {
    @TempDir
    Path tmp;

    @Test
    void theChecksJudgeTheGivenResultAndNeverRescanTheCorpus() throws IOException {
        Item leaked = Item.of("q1", "Which planet in the solar system has the longest day measured against its own "
                + "year of orbit around the sun?", List.of("Venus", "Mars", "Jupiter", "Mercury"), "A");
        Item clean = Item.of("q2", "How many moons of Neptune were found by the second spacecraft that passed by in "
                + "the late summer of that year?", List.of("1", "6", "14", "2"), "C");
        Benchmark benchmark = new Benchmark("b", List.of(leaked, clean));
        Path corpus = tmp.resolve("corpus.txt");
        Files.writeString(corpus, "A quiz page. " + leaked.question() + " Venus. Mars. Jupiter. Mercury. The end.");
        ScanResult result = CorpusScanner.scan(benchmark, ScanOptions.of(List.of(corpus.toString())), Progress.NONE);

        Files.delete(corpus); // a second scan would now fail, and the failure would become an ERROR finding
        Report report = ScanReport.report(benchmark, null, List.of(), Map.of("contamination.preset", "default"),
                List.of(corpus), result);

        Finding contamination = report.findings().stream().filter(f -> f.id().equals(ContaminationCheck.ID))
                .findFirst().orElseThrow();
        assertEquals(Severity.FAIL, contamination.severity(), contamination.summary());
        assertTrue(contamination.summary().startsWith("1 of 2 items"), contamination.summary());
    }
}
