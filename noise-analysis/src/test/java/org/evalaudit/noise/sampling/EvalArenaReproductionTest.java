package org.evalaudit.noise.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evalaudit.core.testing.SharedData;
import org.evalaudit.noise.testing.EvalArena;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reproduces eval-arena's own published HumanEval tables (crux-eval/eval-arena @ 03068a65, copied in
 * shared/data/eval-arena/*.published-subset.csv) from the per-item data, for every row they list, to a
 * relative 1e-9 (the tolerance of shared/data/tools/arena_pairs.py). Column definitions: PROVENANCE.md
 * section 2. eval-arena divides variances by N where we follow Miller (divisor N - 1), so its
 * {@code std(E(A-B))} is our {@code seDiff * sqrt((N - 1) / N)}; with one 0/1 answer per item its
 * within-item terms {@code E(std(..))} are 0, and we find no within-item split either.
 */
class EvalArenaReproductionTest {
    private static SamplingNoiseReport report;
    private static Map<String, ModelScore> byModel;

    @BeforeAll
    static void analyse() throws IOException {
        Path data = SharedData.require("eval-arena/humaneval.jsonl");
        report = SamplingNoise.analyze(EvalArena.read(data), null, SamplingSettings.defaults());
        byModel = report.models().stream().collect(Collectors.toMap(ModelScore::model, Function.identity()));
    }

    @Test
    void everyPublishedPairRowIsReproduced() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (CSVRecord row : csv(SharedData.require("eval-arena/summary.published-subset.csv"))) {
            String a = row.get("model_a");
            String b = row.get("model_b");
            Oriented pair = find(a, b);
            double n = pair.n;
            double sum = pair.aOnly + pair.bOnly;
            double between = pair.seDiff * Math.sqrt((n - 1) / n);
            checked += compare(mismatches, a + " vs " + b, row, Map.ofEntries(
                    Map.entry("sum", sum),
                    Map.entry("diff", pair.diff * n),
                    Map.entry("total", n),
                    Map.entry("accA", pair.meanA),
                    Map.entry("accB", pair.meanB),
                    Map.entry("corr(A,B)", pair.correlation),
                    Map.entry("std_signtest", Math.sqrt(sum) / n),
                    Map.entry("std(E(A-B))", between),
                    Map.entry("E(std(A-B))", 0.0),
                    Map.entry("std(A-B)", between),
                    Map.entry("pvalue", pair.pValue)));
            assertEquals(PairComparison.Test.SIGN, pair.test, "0/1 scores are compared with the exact sign test");
        }
        assertEquals(48 * 11, checked, "every numeric cell of the 48 published rows is compared");
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void everyPublishedModelRowIsReproduced() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (CSVRecord row : csv(SharedData.require("eval-arena/model_table.published-subset.csv"))) {
            ModelScore score = byModel.get(row.get("model"));
            assertNotNull(score, "model " + row.get("model") + " is in humaneval.jsonl");
            double n = score.n();
            double between = score.se() * Math.sqrt((n - 1) / n);
            checked += compare(mismatches, row.get("model"), row, Map.of(
                    "pass1", score.mean(),
                    "std(E(A))", between,
                    "E(std(A))", 0.0,
                    "std(A)", between));
            assertNull(score.samples(), "one answer per item: no within-item variance to split");
            assertEquals(ModelScore.IntervalMethod.WILSON, score.ciMethod());
        }
        assertEquals(49 * 4, checked);
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    @Test
    void everyPairOfTheFortyNineModelsIsCompared() {
        assertEquals(164, report.items());
        assertEquals(49 * 48 / 2, report.pairs().size());
    }

    private record Oriented(int n, double meanA, double meanB, double diff, double seDiff, double correlation,
                            double aOnly, double bOnly, double pValue, PairComparison.Test test) {
    }

    /** The pair (a, b) from the report, which orders pairs by rank, turned to the published orientation. */
    private static Oriented find(String a, String b) {
        for (PairComparison p : report.pairs()) {
            if (p.modelA().equals(a) && p.modelB().equals(b)) {
                return new Oriented(p.n(), p.meanA(), p.meanB(), p.diff(), p.seDiff(), p.correlation(), p.aOnly(),
                        p.bOnly(), p.pValue(), p.test());
            }
            if (p.modelA().equals(b) && p.modelB().equals(a)) {
                return new Oriented(p.n(), p.meanB(), p.meanA(), -p.diff(), p.seDiff(), p.correlation(), p.bOnly(),
                        p.aOnly(), p.pValue(), p.test());
            }
        }
        throw new AssertionError("no pair " + a + " / " + b + " in the report");
    }

    private static int compare(List<String> mismatches, String what, CSVRecord row, Map<String, Double> ours) {
        for (Map.Entry<String, Double> e : ours.entrySet()) {
            double published = Double.parseDouble(row.get(e.getKey()));
            double got = e.getValue();
            if (Math.abs(got - published) > Math.max(1e-12, 1e-9 * Math.abs(published))) {
                mismatches.add(what + " " + e.getKey() + ": got " + got + ", published " + published);
            }
        }
        return ours.size();
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get().parse(reader).getRecords();
        }
    }
}
