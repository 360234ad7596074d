package org.evalaudit.contamination.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.contamination.scan.ItemDocMatch;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.Verdicts;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.Loaded;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job (in-process, local[2]) finds exactly the evidence the local {@link CorpusScanner} finds,
 * match by match, and writes the same files byte for byte; a bad corpus record fails it with the
 * reader's file:line message. One Spark context for the class: starting one takes seconds.
 */
class SparkScanTest {
    private static JavaSparkContext spark;

    @TempDir
    static Path tmp;

    /** With Kryo, a common cluster setting, which cannot serialise records: the job must not depend on it. */
    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("SparkScanTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.serializer", "org.apache.spark.serializer.KryoSerializer"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.close();
        }
    }

    /** A synthetic benchmark with items planted verbatim, and its corpus split over files of every compression. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 11})
    void sparkEvidenceAndFilesEqualTheLocalScanOnASplitCorpus(long seed) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("synthetic-" + seed));
        SyntheticData data = new SyntheticData(seed);
        Benchmark generated = data.benchmark(200);
        Path benchmarkFile = dir.resolve("items.jsonl");
        writeBenchmark(generated, benchmarkFile);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (String name : List.of("a.jsonl", "b.jsonl.gz", "c.jsonl", "d.jsonl.gz", "e.jsonl")) {
            try (OutputStream out = open(corpus.resolve(name))) {
                data.corpus(generated, 300_000, 7, out);
            }
        }
        ScanOptions options = new ScanOptions(List.of(corpus.toString()), Preset.DEFAULT, 2, null, false,
                CorpusFormat.DEFAULT, seed);
        Loaded<Benchmark> benchmark = BenchmarkReader.read(benchmarkFile, null, ErrorPolicy.FAIL);

        assertSameEvidence(ItemIndex.build(benchmark.value(), seed), options);

        Path sparkOut = dir.resolve("spark-out");
        StringWriter err = new StringWriter();
        int code = SparkScan.run(spark, new PrintWriter(new StringWriter()), new PrintWriter(err), "--benchmark",
                benchmarkFile.toString(), "--corpus", corpus.toString(), "--seed", Long.toString(seed), "--out",
                sparkOut.toString());
        assertEquals(0, code, err.toString());
        ScanResult local = CorpusScanner.scan(benchmark.value(), options, Progress.NONE);
        assertTrue(local.dirtyItems() >= 20, "planted items are found, so the comparison means something: "
                + local.dirtyItems());
        Map<String, String> recorded = new TreeMap<>(Map.of("command", "contamination spark-scan",
                "contamination.preset", "default", "contamination.seed", Long.toString(seed)));
        Path localOut = dir.resolve("local-out");
        ScanReport.write(ScanReport.report(benchmark.value(), null, benchmark.inputs(), recorded, List.of(corpus), local),
                localOut, "json,md,html,csv");
        assertSameFiles(localOut, sparkOut);
    }

    @Test
    void sparkEvidenceEqualsTheLocalScanOnTheDevCorpus() throws IOException {
        Path corpus = SharedData.require("contamination-dev/corpus.jsonl.zst");
        Benchmark benchmark = BenchmarkReader.read(SharedData.require("contamination-dev/items.jsonl"), null,
                ErrorPolicy.FAIL).value();
        ScanOptions options = new ScanOptions(List.of(corpus.toString()), Preset.DEFAULT, 2, null, false,
                CorpusFormat.DEFAULT, 7);
        ItemIndex index = ItemIndex.build(benchmark, options.seed());
        List<ItemDocMatch> viaSpark = assertSameEvidence(index, options);
        long dirty = ScanResult.of(index, viaSpark, Preset.DEFAULT, null).dirtyItems();
        assertTrue(dirty >= 100, "the planted items are found, so the comparison means something: " + dirty);
    }

    @Test
    void aBadCorpusRecordFailsTheJobNamingFileAndLine() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bad"));
        Path benchmarkFile = dir.resolve("items.jsonl");
        writeBenchmark(new SyntheticData(5).benchmark(20), benchmarkFile);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.jsonl"), "{\"id\": 1, \"text\": \"fine\"}\n");
        Path bad = corpus.resolve("b.jsonl");
        Files.writeString(bad, "{\"id\": 1, \"text\": \"fine\"}\n{\"id\": 2, \"text\": oops}\n");
        Files.writeString(corpus.resolve("c.jsonl"), "{\"id\": 1, \"text\": \"fine\"}\n");

        ScanOptions options = ScanOptions.of(List.of(corpus.toString()));
        Benchmark benchmark = BenchmarkReader.read(benchmarkFile, null, ErrorPolicy.FAIL).value();
        InputError error = assertThrows(InputError.class, () -> SparkCorpusScanner.scan(spark, benchmark, options));
        assertTrue(error.getMessage().startsWith(bad + ":2: invalid JSON"), error.getMessage());

        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = SparkScan.run(spark, new PrintWriter(new StringWriter()), new PrintWriter(err), "--benchmark",
                benchmarkFile.toString(), "--corpus", corpus.toString(), "--out", out.toString());
        assertEquals(SparkScan.INPUT, code, err.toString());
        assertTrue(err.toString().contains("input error: " + bad + ":2: "), err.toString());
        assertFalse(Files.exists(out), "nothing is written");
    }

    /** Every match of the Spark job equals the local scanner's, component by component (arrays by content). */
    private static List<ItemDocMatch> assertSameEvidence(ItemIndex index, ScanOptions options) throws IOException {
        List<ItemDocMatch> local = evidence(new CorpusScanner(options), index);
        List<ItemDocMatch> viaSpark = evidence(new SparkCorpusScanner(spark, options), index);
        assertFalse(local.isEmpty(), "the corpus holds items, so the comparison means something");
        assertEquals(local.size(), viaSpark.size());
        for (int i = 0; i < local.size(); i++) {
            assertSameMatch(local.get(i), viaSpark.get(i));
        }
        return viaSpark;
    }

    private static List<ItemDocMatch> evidence(EvidenceSource source, ItemIndex index) throws IOException {
        List<ItemDocMatch> out = Collections.synchronizedList(new ArrayList<>());
        source.collect(index, out::add, Progress.NONE);
        List<ItemDocMatch> sorted = new ArrayList<>(out);
        sorted.sort(Verdicts.MATCH_ORDER);
        return sorted;
    }

    private static void assertSameMatch(ItemDocMatch expected, ItemDocMatch actual) {
        for (RecordComponent c : ItemDocMatch.class.getRecordComponents()) {
            try {
                Object e = c.getAccessor().invoke(expected);
                Object a = c.getAccessor().invoke(actual);
                String where = c.getName() + " of item " + expected.item() + " in " + expected.doc();
                if (e instanceof long[] el) {
                    assertArrayEquals(el, (long[]) a, where);
                } else if (e instanceof int[] ei) {
                    assertArrayEquals(ei, (int[]) a, where);
                } else {
                    assertEquals(e, a, where);
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> names = list(expected);
        assertEquals(names, list(actual));
        assertTrue(names.containsAll(List.of("contamination-items.csv", "contaminated-docs.jsonl", "flagged-items.csv",
                "report.json", "report.md", "report.html")), names.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPOutputStream(out) : out;
    }

    private static void writeBenchmark(Benchmark benchmark, Path file) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Item item : benchmark.items()) {
            lines.append(json.writeValueAsString(Map.of("id", item.id(), "question", item.question(),
                    "choices", item.choices(), "answer", item.gold()))).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
    }
}
