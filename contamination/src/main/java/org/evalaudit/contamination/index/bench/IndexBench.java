package org.evalaudit.contamination.index.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.index.CorpusIndexQuery;
import org.evalaudit.contamination.index.CorpusIndexer;
import org.evalaudit.contamination.index.IndexBuildOptions;
import org.evalaudit.contamination.index.IndexBuildResult;
import org.evalaudit.contamination.index.IndexInfo;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Speed and size of the corpus index, printed as Markdown.
 * <pre>
 * java -Xmx2g -cp CLASSPATH org.evalaudit.contamination.index.bench.IndexBench CORPUS ITEMS_JSONL WORK_DIR [threads=2] [synthetic-MB=0] [runs=3]
 * </pre>
 * with {@code CORPUS} e.g. {@code shared/data/contamination-dev/corpus.jsonl.zst} and {@code ITEMS_JSONL}
 * its {@code items.jsonl} ({@code id, question, choices, answer}). Measures, after one untimed warm-up
 * build, {@code runs} builds each (more runs let the JIT settle on the short dev-corpus builds), reported
 * as the best (least CPU) and, beside it, the median: build speed with and without stored text on 1
 * and {@code threads} threads (MB of document text per second of wall time and per CPU-second of the whole
 * process, so per core, including reader, GC and JIT threads), beside plain Lucene on the same text for
 * scale; index size over the text's UTF-8 bytes. With {@code synthetic-MB} above 0 the same table again
 * for a seeded {@link SyntheticData} corpus of that many MB written to {@code WORK_DIR}: a
 * corpus long enough that JIT warm-up and per-run costs no longer count. Then for the benchmark and for a
 * 15,000-item benchmark (the benchmark plus seeded synthetic items) the whole query's wall time and each
 * item's latency alone ({@link CorpusIndexQuery#queryItem}, one thread, after a warm-up pass).
 */
public final class IndexBench {
    static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int LARGE = 15_000;
    /** Builds per configuration by default; the least disturbed one is reported. */
    private static final int RUNS = 3;
    /** Seed of the synthetic corpus, so every run measures the same bytes. */
    private static final long SYNTHETIC_SEED = 7;

    private IndexBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: IndexBench CORPUS ITEMS_JSONL WORK_DIR [threads=2] [synthetic-MB=0] [runs=3]");
            System.exit(2);
        }
        String corpus = args[0];
        Benchmark benchmark = readBenchmark(Path.of(args[1]));
        Path work = Files.createDirectories(Path.of(args[2]));
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int syntheticMb = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : RUNS;
        System.out.printf(Locale.ROOT, "%d cores; load average at start %s%n", Runtime.getRuntime().availableProcessors(),
                loadAverage());

        build(corpus, work.resolve("warmup"), IndexBuildOptions.defaults(threads));
        Path stored = buildTable(corpus, work, threads, runs);
        if (syntheticMb > 0) {
            Path synthetic = work.resolve("synthetic-" + syntheticMb + "mb.jsonl");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(synthetic), 1 << 16)) {
                new SyntheticData(SYNTHETIC_SEED).corpus(benchmark, syntheticMb * 1_000_000L, 50, out);
            }
            buildTable(synthetic.toString(), work.resolve("synthetic"), threads, runs);
        }

        Benchmark large = enlarge(benchmark, LARGE);
        System.out.println();
        System.out.println("| benchmark | items | whole query wall s (" + threads + " threads) | candidates re-read"
                + " | per item median ms | p95 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Benchmark b : List.of(benchmark, large)) {
            try (CorpusIndexQuery query = CorpusIndexQuery.open(stored, threads)) {
                query.query(b, Preset.DEFAULT, 0, Progress.NONE);
                long started = System.nanoTime();
                ScanResult result = query.query(b, Preset.DEFAULT, 0, Progress.NONE);
                double wall = (System.nanoTime() - started) / 1e9;
                double[] latency = latencies(stored, b);
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d | %.2f | %.2f | %.1f |%n", b.name(), b.size(), wall,
                        result.stats().documents(), percentile(latency, 0.5), percentile(latency, 0.95),
                        percentile(latency, 1.0));
            }
        }
    }

    /**
     * Prints the build table for {@code corpus}: plain Lucene, then the corpus index with and without stored
     * text on 1 and {@code threads} threads, {@code runs} builds each, with the least-CPU build's wall and CPU
     * and the median build's MB per CPU-second beside the best's; returns the stored-text index built with
     * {@code threads} threads.
     */
    private static Path buildTable(String corpus, Path work, int threads, int runs) throws IOException {
        long textBytes = textBytes(corpus);
        System.out.printf(Locale.ROOT, "%ncorpus %s: %.1f MB of text (UTF-8); %d builds each; load average %s%n%n",
                corpus, textBytes / 1e6, runs, loadAverage());
        System.out.println("| build | threads | wall s | CPU s | MB/s wall | MB per CPU-s (per core), best / median"
                + " | index size / text |");
        System.out.println("|---|---|---|---|---|---|---|");
        List<Build> baseline = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            baseline.add(LuceneBaseline.build(corpus, work.resolve("baseline")));
        }
        row("baseline: plain Lucene, StandardAnalyzer, positions, no stored text", 1, baseline, textBytes,
                LuceneBaseline.size(work.resolve("baseline")));
        Path stored = null;
        for (boolean storeText : new boolean[] {true, false}) {
            for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                Path dir = work.resolve("index-" + (storeText ? "stored" : "nostore") + "-" + t);
                List<Build> builds = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    builds.add(build(corpus, dir, IndexBuildOptions.defaults(t).withStoreText(storeText)));
                }
                row(storeText ? "stored text" : "--no-store-text", t, builds, textBytes, IndexInfo.read(dir).sizeOnDisk());
                if (storeText) {
                    stored = dir;
                }
            }
        }
        return stored;
    }

    /** One table row: the least-CPU build (the one least disturbed by other processes) and the median. */
    private static void row(String name, int threads, List<Build> builds, long textBytes, long sizeOnDisk) {
        List<Build> byCpu = builds.stream().sorted(Comparator.comparingDouble(Build::cpu)).toList();
        Build best = byCpu.get(0);
        double medianCpu = byCpu.size() % 2 == 1 ? byCpu.get(byCpu.size() / 2).cpu()
                : (byCpu.get(byCpu.size() / 2 - 1).cpu() + byCpu.get(byCpu.size() / 2).cpu()) / 2;
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f / %.1f | %.3f |%n", name, threads,
                best.wall(), best.cpu(), textBytes / 1e6 / best.wall(), textBytes / 1e6 / best.cpu(),
                textBytes / 1e6 / medianCpu, (double) sizeOnDisk / textBytes);
    }

    /** One build's wall and whole-process CPU seconds. */
    record Build(double wall, double cpu) {
    }

    private static Build build(String corpus, Path dir, IndexBuildOptions options) throws IOException {
        delete(dir);
        long cpu = OS.getProcessCpuTime();
        IndexBuildResult result = new CorpusIndexer(dir, options).index(List.of(corpus), Progress.NONE);
        return new Build(result.nanos() / 1e9, (OS.getProcessCpuTime() - cpu) / 1e9);
    }

    /** Milliseconds per item, each item queried alone on one thread, after a warm-up pass. */
    private static double[] latencies(Path index, Benchmark benchmark) throws IOException {
        ItemIndex items = ItemIndex.build(benchmark, 0);
        double[] ms = new double[benchmark.size()];
        try (CorpusIndexQuery query = CorpusIndexQuery.open(index, 1)) {
            for (int i = 0; i < Math.min(500, benchmark.size()); i++) {
                query.queryItem(items, i, Preset.DEFAULT);
            }
            for (int i = 0; i < benchmark.size(); i++) {
                long started = System.nanoTime();
                query.queryItem(items, i, Preset.DEFAULT);
                ms[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The benchmark plus seeded synthetic four-choice items, {@code size} in all. */
    private static Benchmark enlarge(Benchmark benchmark, int size) {
        List<Item> items = new ArrayList<>(benchmark.items());
        for (Item extra : new SyntheticData(15).benchmark(Math.max(0, size - items.size())).items()) {
            items.add(extra);
        }
        return new Benchmark(benchmark.name() + "+synthetic", items);
    }

    private static Benchmark readBenchmark(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode row = json.readTree(line);
                List<String> choices = new ArrayList<>();
                row.path("choices").forEach(c -> choices.add(c.asText()));
                items.add(Item.of(row.get("id").asText(), row.get("question").asText(), choices,
                        row.path("answer").asText(null)));
            }
        }
        return new Benchmark(file.getParent().getFileName().toString(), items);
    }

    private static long textBytes(String corpus) throws IOException {
        long[] bytes = {0};
        for (Path file : CorpusReader.expand(List.of(corpus))) {
            new CorpusReader(CorpusFormat.DEFAULT).read(file, (ref, text, from, length) ->
                    bytes[0] += new String(text, from, length).getBytes(StandardCharsets.UTF_8).length, b -> { });
        }
        return bytes[0];
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
