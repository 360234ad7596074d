package org.evalaudit.contamination.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusExtent;
import org.evalaudit.contamination.scan.DocumentMatcher;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.contamination.scan.ItemDocMatch;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.ScanStats;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.model.Benchmark;

/**
 * {@link org.evalaudit.contamination.scan.CorpusScanner}'s work spread over a Spark cluster: one task per
 * corpus file (in {@link CorpusReader#expand} order), the benchmark broadcast, the evidence collected on
 * the driver. Since the evidence of a document depends only on the document and the item index, and
 * {@link ScanResult#of} orders evidence itself, the result equals a local scan's whatever the cluster.
 *
 * <p>Corpus paths are opened by the executors with {@link CorpusReader}, so every executor must see them
 * under the same path as the driver (a shared or mounted file system). A large file is one task: split
 * a corpus into many files (Common Crawl's are) to use many executors. No checkpoint: Spark re-runs a
 * failed task itself.
 */
public final class SparkCorpusScanner implements EvidenceSource {
    private final JavaSparkContext spark;
    private final ScanOptions options;
    private ScanStats stats;

    /** {@code options}' corpus, format and seed are used; threads, checkpoint and resume are not. */
    public SparkCorpusScanner(JavaSparkContext spark, ScanOptions options) {
        this.spark = spark;
        this.options = options;
    }

    /** Scans and judges on Spark: what {@link org.evalaudit.contamination.scan.CorpusScanner#scan} does locally. */
    public static ScanResult scan(JavaSparkContext spark, Benchmark benchmark, ScanOptions options) throws IOException {
        ItemIndex index = ItemIndex.build(benchmark, options.seed());
        SparkCorpusScanner scanner = new SparkCorpusScanner(spark, options);
        List<ItemDocMatch> evidence = new ArrayList<>();
        scanner.collect(index, evidence::add, Progress.NONE);
        return ScanResult.of(index, evidence, options.preset(), scanner.stats);
    }

    /**
     * Runs the job and reports every match to {@code sink} on the driver. An {@link InputError} in a task
     * (a bad corpus record) is rethrown as it was, naming file and line. Progress is Spark's own (its UI
     * and console progress bar).
     */
    @Override
    public void collect(ItemIndex index, DocumentMatcher.Sink sink, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<String> files = CorpusReader.expand(options.corpus()).stream().map(Path::toString).toList();
        Broadcast<byte[]> job = spark.broadcast(JavaBytes.of(ScanJob.of(index.items(), options)));
        List<byte[]> results;
        try {
            results = spark.parallelize(files, Math.max(1, files.size())).map(new FileScan(job)).collect();
        } catch (Exception e) { // a failed job is a SparkException, undeclared (checked) in the Java API
            throw failure(e);
        } finally {
            job.destroy();
        }
        long bytes = 0;
        long chars = 0;
        long documents = 0;
        long cpu = 0;
        for (byte[] serialised : results) {
            FileEvidence file = JavaBytes.read(serialised, FileEvidence.class);
            file.matches().forEach(sink::match);
            bytes += file.bytes();
            chars += file.chars();
            documents += file.documents();
            cpu += file.cpuNanos();
        }
        stats = new ScanStats(0, bytes, chars, documents, index.memoryBytes(),
                (System.nanoTime() - started) / 1e9, 0, cpu / 1e9, 0, List.of(),
                new CorpusExtent(files.size(), documents, chars));
    }

    /** The scan's statistics (task CPU is counted as scan CPU: one thread reads and scans), after {@link #collect}. */
    public ScanStats stats() {
        return stats;
    }

    @Override
    public CorpusExtent searched() {
        return stats.searched();
    }

    /** The task's InputError when that is what failed the job, else the job's own failure. */
    private static RuntimeException failure(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputError input) {
                return input;
            }
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("the Spark scan failed: " + failure.getMessage(), failure);
    }
}
