package org.evalaudit.noise.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.power.PowerAnalysis;
import org.evalaudit.noise.power.VarianceComponents;

/** The sampling-noise analysis: model scores, pairwise comparisons, leaderboard, MDE. */
public final class SamplingNoise {
    private SamplingNoise() {
    }

    /** Analyses results; {@code benchmark} (nullable) gives item clusters. */
    public static SamplingNoiseReport analyze(Results results, Benchmark benchmark, SamplingSettings settings) {
        return analyze(ScoreMatrix.of(results, benchmark), settings);
    }

    public static SamplingNoiseReport analyze(ScoreMatrix matrix, SamplingSettings settings) {
        List<ModelScore> scores = ModelScores.of(matrix, settings);
        int[] order = IntStream.range(0, scores.size()).boxed()
                .filter(m -> scores.get(m).n() > 0)
                .sorted(Comparator.comparingDouble((Integer m) -> -scores.get(m).mean())
                        .thenComparing(m -> scores.get(m).model()))
                .mapToInt(Integer::intValue).toArray();
        List<ModelScore> ranked = new ArrayList<>(order.length);
        for (int m : order) {
            ranked.add(scores.get(m));
        }
        List<PairComparison> pairs = PairwiseComparisons.compare(matrix, order, settings);
        int items = (int) IntStream.range(0, matrix.itemCount())
                .filter(i -> IntStream.range(0, matrix.modelCount()).anyMatch(m -> matrix.responses(m, i) > 0))
                .count();
        double share = pairs.isEmpty() ? Double.NaN
                : pairs.stream().filter(PairComparison::distinguishable).count() / (double) pairs.size();
        return new SamplingNoiseReport(items, ranked, pairs, Leaderboard.of(ranked, pairs),
                mde(ranked, pairs, settings), share, settings);
    }

    private static double mde(List<ModelScore> ranked, List<PairComparison> pairs, SamplingSettings settings) {
        if (ranked.isEmpty()) {
            return Double.NaN;
        }
        if (pairs.isEmpty()) {
            ModelScore only = ranked.get(0);
            if (only.n() < 2) {
                return Double.NaN;
            }
            double variance = only.se() * only.se() * only.n();
            VarianceComponents twin = new VarianceComponents(
                    Math.max(0.0, 2 * variance * (1 - settings.singleModelCorrelation())), 0, 0);
            return PowerAnalysis.minimumDetectableEffect(only.n(), twin, 1, settings.alpha(), settings.power());
        }
        double[] mdes = pairs.stream().filter(p -> p.n() > 1)
                .mapToDouble(p -> PowerAnalysis.minimumDetectableEffect(p.seDiff(), settings.alpha(), settings.power()))
                .sorted().toArray();
        return median(mdes);
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
