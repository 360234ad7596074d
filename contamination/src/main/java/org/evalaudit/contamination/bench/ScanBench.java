package org.evalaudit.contamination.bench;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.evalaudit.contamination.corpus.Compression;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.corpus.JsonlChunk;
import org.evalaudit.contamination.corpus.JsonlChunker;
import org.evalaudit.contamination.corpus.JsonlRecords;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.DocumentMatcher;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.ScanStats;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.TokenSink;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.FieldMapping;
import org.evalaudit.core.model.Benchmark;

/**
 * Scan throughput and index memory on seeded synthetic data, or on a real benchmark and JSON Lines corpus
 * (whose words, punctuation, escapes and short questions synthetic text lacks).
 * <pre>
 * java -Xmx2g -cp CLASSPATH org.evalaudit.contamination.bench.ScanBench [corpusMB=200] [items=15000] [dir=tmp]
 * java -Xmx2g -cp CLASSPATH org.evalaudit.contamination.bench.ScanBench 0 0 DIR BENCHMARK CORPUS.jsonl[.zst|.gz]
 * </pre>
 * Prints: the 100,000-item index's memory; per-core throughput (CPU time of one thread) of tokenizing,
 * of the whole matcher with a 15,000-item index (from chars, and from JSONL bytes as the scanner threads
 * run it), of JSONL parsing and of cutting JSONL into chunks (the reader's work); the scan of plain JSONL
 * with 1 and 2 scanner threads (MB/s of document text by wall time and per scanner CPU-second); and for
 * .gz and .zst the time of merely decompressing and reading the lines against the time of scanning the
 * same file, in the same JVM, as a wall-time ratio and a CPU-time (per-core) ratio. Pipeline figures are
 * the best of three runs after a warm-up; per-core figures the best of five.
 */
public final class ScanBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScanBench() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 15_000;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("scanbench");
        SyntheticData data = new SyntheticData(42);

        Benchmark large = new SyntheticData(7).benchmark(100_000);
        long t = System.nanoTime();
        ItemIndex largeIndex = ItemIndex.build(large, 0);
        System.out.printf(Locale.ROOT, "index 100000 items: %.1f MB, built in %.1f s%n", largeIndex.memoryBytes() / 1e6,
                (System.nanoTime() - t) / 1e9);
        largeIndex = null;

        Benchmark benchmark;
        Files.createDirectories(dir);
        Path plain = dir.resolve("corpus.jsonl");
        long textBytes;
        if (args.length > 4) {
            benchmark = BenchmarkReader.read(Path.of(args[3]), FieldMapping.auto(), ErrorPolicy.FAIL).value();
            try (InputStream in = Compression.open(Path.of(args[4]), n -> { })) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            }
            long[] chars = {0};
            new CorpusReader(CorpusFormat.DEFAULT).read(plain, (ref, text, from, length) -> chars[0] += length, n -> { });
            textBytes = chars[0];
        } else {
            benchmark = data.benchmark(items);
            try (OutputStream out = Files.newOutputStream(plain)) {
                textBytes = data.corpus(benchmark, (long) megabytes << 20, 1000, out);
            }
        }
        Path gz = dir.resolve("corpus.jsonl.gz");
        Path zst = dir.resolve("corpus.jsonl.zst");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            Files.copy(plain, out);
        }
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(zst), 3)) {
            Files.copy(plain, out);
        }
        System.out.printf(Locale.ROOT, "corpus: %.1f MB text, %.1f MB jsonl, %.1f MB gz, %.1f MB zst; %d items%n",
                textBytes / 1e6, Files.size(plain) / 1e6, Files.size(gz) / 1e6, Files.size(zst) / 1e6, benchmark.size());

        perCore(benchmark, plain, textBytes);
        for (int threads : new int[] {1, 2}) {
            Runs runs = bestOf(() -> scan(benchmark, plain, threads));
            System.out.printf(Locale.ROOT, "scan jsonl, %d scanner thread(s): wall %.2f s = %.0f MB/s of text; "
                    + "scanner CPU %.2f s = %.0f MB/s per core; reader CPU %.2f s%n", threads, runs.wall,
                    textBytes / 1e6 / runs.wall, runs.scanCpu, textBytes / 1e6 / runs.scanCpu, runs.readCpu);
        }
        List<String> summary = new ArrayList<>();
        for (Path file : List.of(gz, zst)) {
            double read = Double.MAX_VALUE;
            double readCpu = Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                readLines(file);
                read = Math.min(read, (System.nanoTime() - t0) / 1e9);
                readCpu = Math.min(readCpu, (CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
            for (int threads : new int[] {1, 2}) {
                Runs scan = bestOf(() -> scan(benchmark, file, threads));
                System.out.printf(Locale.ROOT, "%s, %d scanner thread(s): decompress+read lines wall %.2f s (CPU %.2f s); "
                        + "scan wall %.2f s (reader CPU %.2f s, scanner CPU %.2f s)%n", file.getFileName(), threads, read,
                        readCpu, scan.wall, scan.readCpu, scan.scanCpu);
                summary.add(String.format(Locale.ROOT, "%-17s %d thread(s): wall ratio %.2f, per-core ratio %.2f",
                        file.getFileName(), threads, scan.wall / read, scan.cpu / readCpu));
            }
        }
        System.out.println("scan / (decompress + read lines), target <= 1.5 (wall: best scan wall over best read wall; "
                + "per core: least reader+scanner CPU of the scan over the read's CPU):");
        summary.forEach(line -> System.out.println("  " + line));
    }

    /**
     * Per-core figures, measured in one thread by its CPU time (best of five after a warm-up), which a
     * busy shared machine disturbs far less than wall time: tokenizing alone, the whole matcher (tokenize,
     * roll, probe, verify) with the benchmark's index, and reading (decompress + parse) JSONL.
     */
    private static void perCore(Benchmark benchmark, Path plain, long textBytes) throws IOException {
        ItemIndex index = ItemIndex.build(benchmark, 0);
        List<char[]> docs = new ArrayList<>();
        long[] read = {0};
        new CorpusReader(CorpusFormat.DEFAULT).read(plain, (ref, text, from, length) -> {
            if (read[0] < 64L << 20) {
                docs.add(Arrays.copyOfRange(text, from, from + length));
                read[0] += length;
            }
        }, n -> { });
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        long[] sum = {0};
        TokenSink sink = (term, length, hash, start, end) -> sum[0] += hash;
        double tokenize = bestCpu(() -> {
            for (char[] d : docs) {
                tokenizer.reset();
                tokenizer.push(d, 0, d.length, sink);
                tokenizer.end(sink);
            }
        });
        DocumentMatcher matcher = new DocumentMatcher(index);
        DocRef ref = new DocRef("bench", 0, "doc", null, 0);
        double match = bestCpu(() -> {
            for (char[] d : docs) {
                matcher.scan(ref, d, 0, d.length, m -> sum[0]++);
            }
        });
        double parse = bestCpu(() -> new CorpusReader(CorpusFormat.DEFAULT).read(plain, (r, t, f, l) -> sum[0] += l, n -> { }));
        List<JsonlChunk> chunks = new ArrayList<>();
        JsonlChunker.cut(plain, chunks::add, n -> { });
        JsonlRecords records = new JsonlRecords(CorpusFormat.DEFAULT);
        double fromBytes = bestCpu(() -> {
            for (JsonlChunk chunk : chunks) {
                records.parse(chunk, record -> matcher.scan(record, m -> sum[0]++, length -> sum[0] += length));
            }
        });
        double cut = bestCpu(() -> JsonlChunker.cut(plain, chunk -> sum[0] += chunk.length(), n -> { }));
        System.out.printf(Locale.ROOT, "per core (CPU time, one thread): tokenize chars %.0f MB/s; tokenize+probe+verify "
                + "chars (default preset, %d items) %.0f MB/s; read+parse jsonl to chars %.0f MB/s of text; "
                + "parse+probe+verify jsonl chunks from bytes (the scanner's work) %.0f MB/s of text; "
                + "read+cut jsonl into chunks (the reader's work) %.0f MB/s%n", read[0] / 1e6 / tokenize, index.size(),
                read[0] / 1e6 / match, textBytes / 1e6 / parse, textBytes / 1e6 / fromBytes, textBytes / 1e6 / cut);
    }

    private interface Work {
        void run() throws IOException;
    }

    private static double bestCpu(Work work) throws IOException {
        work.run();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            work.run();
            best = Math.min(best, (CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
        return best;
    }

    private interface Run {
        ScanStats run() throws IOException;
    }

    /**
     * Three runs after a warm-up, machines being shared: the least wall time, and the run with the least
     * CPU time (reader + scanner threads) for the CPU figures.
     */
    private record Runs(double wall, double readCpu, double scanCpu, double cpu) {
    }

    private static Runs bestOf(Run run) throws IOException {
        run.run();
        double wall = Double.MAX_VALUE;
        ScanStats leastCpu = null;
        for (int i = 0; i < 3; i++) {
            ScanStats s = run.run();
            System.out.printf(Locale.ROOT, "    run: wall %.2f s, reader CPU %.2f s, scanner CPU %.2f s%n", s.seconds(),
                    s.readCpuSeconds(), s.scanCpuSeconds());
            wall = Math.min(wall, s.seconds());
            if (leastCpu == null || cpu(s) < cpu(leastCpu)) {
                leastCpu = s;
            }
        }
        return new Runs(wall, leastCpu.readCpuSeconds(), leastCpu.scanCpuSeconds(), cpu(leastCpu));
    }

    private static double cpu(ScanStats s) {
        return s.readCpuSeconds() + s.scanCpuSeconds();
    }

    private static ScanStats scan(Benchmark benchmark, Path file, int threads) throws IOException {
        ScanResult result = CorpusScanner.scan(benchmark, ScanOptions.of(List.of(file.toString())).withThreads(threads),
                Progress.NONE);
        if (result.dirtyItems() == 0) {
            throw new IllegalStateException("the planted items were not found");
        }
        return result.stats();
    }

    private static void readLines(Path file) throws IOException {
        long chars = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Compression.open(file, n -> { }),
                StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                chars += line.length();
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("empty");
        }
    }
}
