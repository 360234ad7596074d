package org.evalaudit.noise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.prompt.PromptSensitivityCheck;
import org.evalaudit.noise.sampling.SamplingNoiseCheck;
import org.evalaudit.noise.saturation.SaturationCheck;

/**
 * Times the three noise checks (sampling noise with bootstrap CIs and all pairwise tests, prompt
 * sensitivity, saturation) on a generated leaderboard, by default 100 models x 15,000 items x 5 templates
 * (7.5 M responses), on the calling thread. Scores are 0/1 from a logistic model with model ability, item
 * difficulty and a template effect, so per-item means are fractional and every CI takes the bootstrap path.
 *
 * <pre>java -Xmx4g -cp CLASSPATH org.evalaudit.noise.bench.NoiseBench [models items templates [rounds]]</pre>
 *
 * Prints the time of each round and check (the first round includes JIT warm-up; the sampling-noise check
 * also builds the score matrix the others reuse) and the heap held by the results and by the analyses the
 * checks share (the per-template cube of prompt sensitivity is transient).
 */
public final class NoiseBench {
    private NoiseBench() {
    }

    public static void main(String[] args) {
        int models = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 15_000;
        int templates = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Results results = generate(models, items, templates, new SplittableRandom(20261127));
        long heapResults = usedHeap() - heapBefore;
        System.out.printf(Locale.ROOT, "generated %,d responses (%d models x %,d items x %d templates) in %.1f s; "
                + "results hold %.0f MB (%.0f bytes per response)%n", results.size(), models, items, templates,
                seconds(start), heapResults / 1e6, heapResults / (double) results.size());
        List<Check> checks = List.of(new SamplingNoiseCheck(), new PromptSensitivityCheck(), new SaturationCheck());
        for (int round = 1; round <= rounds; round++) {
            AuditContext context = AuditContext.builder().results(results).build();
            List<Finding> findings = new ArrayList<>();
            StringBuilder split = new StringBuilder();
            long t = System.nanoTime();
            for (Check check : checks) {
                long c = System.nanoTime();
                findings.addAll(new Audit(List.of(check)).run(context));
                split.append(String.format(Locale.ROOT, " %s %.2f s", check.id(), seconds(c)));
            }
            double elapsed = seconds(t);
            long heapAnalysis = usedHeap() - heapBefore - heapResults;
            System.out.printf(Locale.ROOT, "round %d: %.2f s (%s) for %d findings; shared analysis holds %.0f MB%n",
                    round, elapsed, split.toString().trim(), findings.size(), heapAnalysis / 1e6);
            if (round == rounds) {
                findings.forEach(f -> System.out.printf(Locale.ROOT, "  %-34s %-6s %s = %s%n", f.id(), f.severity(),
                        f.headline().name(), f.headline().value()));
            }
        }
    }

    /** 0/1 scores with P(correct) = logistic(ability_m - difficulty_i + effect_t). */
    static Results generate(int models, int items, int templates, SplittableRandom random) {
        double[] ability = new double[models];
        for (int m = 0; m < models; m++) {
            ability[m] = -1 + 3.0 * m / models;
        }
        double[] difficulty = new double[items];
        String[] ids = new String[items];
        for (int i = 0; i < items; i++) {
            difficulty[i] = 2 * random.nextGaussian();
            ids[i] = "item-" + i;
        }
        double[] effect = new double[templates];
        String[] names = new String[templates];
        for (int t = 0; t < templates; t++) {
            effect[t] = 0.3 * random.nextGaussian();
            names[t] = "template-" + t;
        }
        Results.Builder builder = Results.builder();
        for (int m = 0; m < models; m++) {
            String model = "model-" + m;
            for (int t = 0; t < templates; t++) {
                for (int i = 0; i < items; i++) {
                    double p = 1 / (1 + Math.exp(difficulty[i] - ability[m] - effect[t]));
                    builder.add(ids[i], model, names[t], 0, null, null, random.nextDouble() < p ? 1 : 0);
                }
            }
        }
        return builder.build();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
