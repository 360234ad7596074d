package org.evalaudit.contamination.spark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.ScanStats;
import org.evalaudit.contamination.spark.SparkCorpusScanner;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;

/**
 * The same synthetic corpus (JSON Lines split into files) scanned in one JVM by {@link CorpusScanner}
 * with 1 and 2 threads and by the Spark job in local[1] and local[2]: wall time, the CPU time of the
 * scanning threads, the CPU time of the whole JVM (Spark's scheduler, serialisation and GC included), and
 * the collectors' time, and their ratios to the 1-thread local scan. CPU time is what a shared machine measures fairly. Spark's
 * start-up is timed apart and each Spark context runs the scan twice, the second reported: the first job
 * of a JVM also loads Spark's classes, a cost paid once per application. Each scan is checked to give
 * the same items table as the local one.
 *
 * <p>Usage: {@code SparkScanBench DIR [items=2000] [files=8] [megabytesPerFile=24]}.
 */
public final class SparkScanBench {
    private SparkScanBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/spark-bench");
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int megabytes = args.length > 3 ? Integer.parseInt(args[3]) : 24;

        SyntheticData data = new SyntheticData(42);
        Benchmark benchmark = data.benchmark(items);
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        long textBytes = 0;
        for (int f = 0; f < files; f++) {
            try (OutputStream out = Files.newOutputStream(corpus.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", f)))) {
                textBytes += data.corpus(benchmark, (long) megabytes << 20, 1000, out);
            }
        }
        double mb = textBytes / 1e6;
        System.out.printf(Locale.ROOT, "corpus: %d files, %.1f MB of text; benchmark: %d items; %d cores; load %.2f%n",
                files, mb, items, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        ScanOptions options = ScanOptions.of(List.of(corpus.toString()));

        CorpusScanner.scan(benchmark, options.withThreads(2), Progress.NONE); // JIT warm-up of the shared code
        List<Measured> runs = new ArrayList<>();
        long cpu = processCpu();
        long gc = gcMillis();
        ScanResult reference = CorpusScanner.scan(benchmark, options.withThreads(1), Progress.NONE);
        runs.add(new Measured("CorpusScanner, 1 thread", reference.stats(), processCpu() - cpu, gcMillis() - gc));
        cpu = processCpu();
        gc = gcMillis();
        ScanResult two = CorpusScanner.scan(benchmark, options.withThreads(2), Progress.NONE);
        runs.add(new Measured("CorpusScanner, 2 threads", same(reference, two).stats(), processCpu() - cpu,
                gcMillis() - gc));
        for (int cores : new int[] {1, 2}) {
            long started = System.nanoTime();
            try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[" + cores + "]")
                    .setAppName("SparkScanBench").set("spark.ui.enabled", "false"))) {
                double startup = (System.nanoTime() - started) / 1e9;
                same(reference, SparkCorpusScanner.scan(spark, benchmark, options));
                cpu = processCpu();
                gc = gcMillis();
                ScanResult viaSpark = SparkCorpusScanner.scan(spark, benchmark, options);
                runs.add(new Measured(String.format(Locale.ROOT, "Spark local[%d] (start-up %.1f s)", cores, startup),
                        same(reference, viaSpark).stats(), processCpu() - cpu, gcMillis() - gc));
            }
        }
        Measured base = runs.get(0);
        System.out.printf(Locale.ROOT, "%-34s %7s %7s %9s %9s %6s %12s %9s %9s%n", "scan", "wall s", "MB/s",
                "task CPU", "JVM CPU", "GC s", "MB/JVM-CPU-s", "wall/ref", "CPU/ref");
        for (Measured m : runs) {
            double taskCpu = m.stats.readCpuSeconds() + m.stats.scanCpuSeconds();
            double jvmCpu = m.processCpuNanos / 1e9;
            System.out.printf(Locale.ROOT, "%-34s %7.2f %7.1f %9.2f %9.2f %6.2f %12.1f %9.2f %9.2f%n", m.name,
                    m.stats.seconds(), mb / m.stats.seconds(), taskCpu, jvmCpu, m.gcMillis / 1e3, mb / jvmCpu,
                    m.stats.seconds() / base.stats.seconds(), m.processCpuNanos / (double) base.processCpuNanos);
        }
    }

    private record Measured(String name, ScanStats stats, long processCpuNanos, long gcMillis) {
    }

    /** Time the collectors have spent so far (wall time of their work, all collectors). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** CPU time of every thread of this JVM so far. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static ScanResult same(ScanResult expected, ScanResult actual) {
        if (!expected.itemsTable().equals(actual.itemsTable()) || actual.dirtyItems() == 0) {
            throw new IllegalStateException("the scans disagree, or found no planted item");
        }
        return actual;
    }
}
