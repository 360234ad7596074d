package org.evalaudit.noise.labels.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;

/**
 * Times the label analysis (vote table, Dawid-Skene, vote model, key-state model, verdicts, explanations,
 * error-rate bootstrap) of a synthetic benchmark: by default 100 models x 100,000 items with 3% random wrong
 * golds and a corrupted stretch of 40 items. The analysis is single-threaded; it reports the CPU time of
 * its thread (which a busy machine does not inflate), the CPU time of the whole process (garbage collection
 * and JIT compilation included) and the wall time. Run with
 * {@code -XX:ActiveProcessorCount=1 -XX:+UseSerialGC} so that the JVM, too, uses one core.
 *
 * <p>Usage: {@code java -Xmx6g -cp <classpath> org.evalaudit.noise.labels.bench.LabelBench [models] [items]
 * [repetitions]}.
 */
public final class LabelBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private LabelBench() {
    }

    public static void main(String[] args) {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long t0 = System.nanoTime();
        SyntheticLabels data = SyntheticLabels.generate(items, models, 4, 0.03, items / 2, 40, 42L);
        System.out.printf(Locale.ROOT, "generated %d responses (%d models x %d items) in %.1f s; %d processors%n",
                data.results().size(), models, items, (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().availableProcessors());
        for (int r = 1; r <= repetitions; r++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long processStart = PROCESS.getProcessCpuTime();
            LabelNoiseResult result = LabelNoise.analyze(data.benchmark(), data.results(), LabelNoiseSettings.defaults());
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double process = (PROCESS.getProcessCpuTime() - processStart) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            int wrong = wrongGolds(data);
            System.out.printf(Locale.ROOT, "run %d: ranked %d items in %.2f s CPU of the thread, %.2f s CPU of "
                            + "the process (with GC and JIT), %.2f s wall; "
                            + "estimated error rate %.4f (true %.4f); precision at the number of wrong golds %.3f; "
                            + "%d key runs%n", r, result.ranking().size(), cpu, process, seconds, result.estimatedErrorRate(),
                    wrong / (double) items, precisionAtWrong(data, result), result.keyRuns().size());
        }
        for (double k : new double[] {0, 4}) {
            LabelNoiseResult variant = LabelNoise.analyze(data.benchmark(), data.results(),
                    LabelNoiseSettings.defaults().withMarginScale(k));
            System.out.printf(Locale.ROOT, "untimed, %s: precision at the number of wrong golds %.3f%n",
                    k == 0 ? "Dirichlet evidence instead of the margin (k 0)" : "fixed margin scale k " + (int) k,
                    precisionAtWrong(data, variant));
        }
    }

    private static int wrongGolds(SyntheticLabels data) {
        int wrong = 0;
        for (boolean w : data.wrongGold()) {
            wrong += w ? 1 : 0;
        }
        return wrong;
    }

    /** Share of truly wrong golds among the first R items of the ranking, R the number of wrong golds. */
    private static double precisionAtWrong(SyntheticLabels data, LabelNoiseResult result) {
        int wrong = wrongGolds(data);
        int hits = 0;
        for (int k = 0; k < wrong; k++) {
            String id = result.ranking().get(k).itemId();
            hits += data.wrongGold()[Integer.parseInt(id.substring(id.indexOf('-') + 1))] ? 1 : 0;
        }
        return hits / (double) wrong;
    }
}
