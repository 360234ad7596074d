package org.evalaudit.core.io.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.ResultsReader;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;

/**
 * Measures the CPU time of reading a benchmark and its results, the way {@code evalaudit audit} reads
 * them: {@code java -cp <classpath> org.evalaudit.core.io.bench.ReadBench BENCHMARK RESULTS [ROUNDS]}.
 * Prints the first (cold) round and the median of the others, in CPU milliseconds of the reading thread
 * (everything runs on one thread, so this is CPU time per core).
 */
public final class ReadBench {
    private ReadBench() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ReadBench BENCHMARK RESULTS [ROUNDS]");
            System.exit(2);
        }
        Path benchmarkFile = Path.of(args[0]);
        Path resultsFile = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] benchmarkNanos = new long[rounds];
        long[] resultsNanos = new long[rounds];
        int rows = 0;
        for (int round = 0; round < rounds; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            Benchmark benchmark = BenchmarkReader.read(benchmarkFile, null, ErrorPolicy.FAIL).value();
            long middle = cpu.getCurrentThreadCpuTime();
            Results results = ResultsReader.read(List.of(resultsFile), benchmark, null, ErrorPolicy.FAIL).value();
            long end = cpu.getCurrentThreadCpuTime();
            benchmarkNanos[round] = middle - start;
            resultsNanos[round] = end - middle;
            rows = results.size();
        }
        System.out.printf(Locale.ROOT, "benchmark %s: cold %.0f ms, warm median %.0f ms CPU%n",
                benchmarkFile.getFileName(), benchmarkNanos[0] / 1e6, median(benchmarkNanos) / 1e6);
        System.out.printf(Locale.ROOT, "results %s (%d rows): cold %.0f ms, warm median %.0f ms CPU%n",
                resultsFile.getFileName(), rows, resultsNanos[0] / 1e6, median(resultsNanos) / 1e6);
    }

    private static double median(long[] nanos) {
        long[] warm = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(warm);
        return warm.length == 0 ? nanos[0] : warm[warm.length / 2];
    }
}
