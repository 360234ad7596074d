package org.evalaudit.noise.checkpoints;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.evalaudit.noise.stats.Moments;

/**
 * Signal-to-noise ratio of a benchmark (Heineman et al. 2025, arXiv 2508.13144, section 2): whether
 * the differences between models are large against the step-to-step jitter of a single training run.
 * <pre>
 *   signal = max_{j,k} |m_j - m_k| / mean_j m_j     (relative dispersion of the final models' scores)
 *   noise  = sd(last L checkpoints of a run) / mean(those scores)   (relative SD; averaged over runs)
 *   SNR    = signal / noise
 * </pre>
 * The final models are the last checkpoint of every run plus every model that is not a checkpoint
 * ({@link Checkpoint}). The SD is the sample SD (divisor L - 1). SNR is infinite when the noise is 0.
 */
public final class SignalToNoise {
    /** Default number L of last checkpoints per run whose spread is the noise. */
    public static final int DEFAULT_LAST_CHECKPOINTS = 5;

    private SignalToNoise() {
    }

    /**
     * @param models model names
     * @param scores their mean scores, same order
     * @param lastCheckpoints L, at least 2
     * @return empty unless some run has at least two checkpoints and there are at least two final models
     */
    public static Optional<Report> analyze(List<String> models, double[] scores, int lastCheckpoints) {
        if (lastCheckpoints < 2) {
            throw new IllegalArgumentException("need at least 2 last checkpoints, got " + lastCheckpoints);
        }
        Map<String, List<Step>> runs = new TreeMap<>();
        List<Double> finals = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            int index = m;
            Optional<Checkpoint> checkpoint = Checkpoint.parse(models.get(m));
            if (checkpoint.isPresent()) {
                runs.computeIfAbsent(checkpoint.get().run(), r -> new ArrayList<>())
                        .add(new Step(checkpoint.get().step(), scores[index]));
            } else {
                finals.add(scores[m]);
            }
        }
        List<RunNoise> noisy = new ArrayList<>();
        for (Map.Entry<String, List<Step>> run : runs.entrySet()) {
            List<Step> steps = new ArrayList<>(run.getValue());
            steps.sort(Comparator.comparingLong(Step::step));
            finals.add(steps.get(steps.size() - 1).score());
            if (steps.size() >= 2) {
                double[] last = steps.subList(Math.max(0, steps.size() - lastCheckpoints), steps.size()).stream()
                        .mapToDouble(Step::score).toArray();
                Moments moments = Moments.of(last);
                noisy.add(new RunNoise(run.getKey(), last.length, moments.mean(), moments.sd()));
            }
        }
        if (noisy.isEmpty() || finals.size() < 2) {
            return Optional.empty();
        }
        double max = finals.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double min = finals.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double mean = finals.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double signal = (max - min) / mean;
        double noise = noisy.stream().mapToDouble(RunNoise::relativeSd).average().orElseThrow();
        double snr = noise == 0 ? Double.POSITIVE_INFINITY : signal / noise;
        return Optional.of(new Report(signal, noise, snr, finals.size(), noisy));
    }

    private record Step(long step, double score) {
    }

    /**
     * The jitter of one run over its last checkpoints.
     *
     * @param run run name
     * @param checkpoints checkpoints used (at most L)
     * @param mean their mean score
     * @param sd their sample SD
     */
    public record RunNoise(String run, int checkpoints, double mean, double sd) {
        /** sd / mean, Heineman et al.'s relative standard deviation. */
        public double relativeSd() {
            return sd / mean;
        }
    }

    /**
     * @param signal relative dispersion of the final models
     * @param noise mean relative SD over runs
     * @param snr signal / noise
     * @param finalModels number of final models behind the signal
     * @param runs the runs behind the noise
     */
    public record Report(double signal, double noise, double snr, int finalModels, List<RunNoise> runs) {
        public Report {
            runs = List.copyOf(runs);
        }
    }
}
