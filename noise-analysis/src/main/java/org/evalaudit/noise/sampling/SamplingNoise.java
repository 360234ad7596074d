package org.evalaudit.noise.sampling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
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
        double[] differenceVariance = differenceVariances(ranked, pairs, settings);
        return new SamplingNoiseReport(items, ranked, pairs, Leaderboard.of(ranked, pairs),
                mde(ranked, pairs, settings), share, itemsForTarget(differenceVariance, settings), settings);
    }

    /**
     * The median pair MDE, (z_{1-alpha/2} + z_power) SE_diff (Miller eq. 10 with the pair's observed variance
     * and correlation); with one model, eq. 10 for a twin of the same variance at the assumed correlation.
     */
    private static double mde(List<ModelScore> ranked, List<PairComparison> pairs, SamplingSettings settings) {
        if (pairs.isEmpty()) {
            double[] twin = differenceVariances(ranked, pairs, settings);
            return twin.length == 0 ? Double.NaN : PowerAnalysis.minimumDetectableEffect(ranked.get(0).n(),
                    new VarianceComponents(twin[0], 0, 0), 1, settings.alpha(), settings.power());
        }
        return median(pairs.stream().filter(p -> p.n() > 1)
                .mapToDouble(p -> PowerAnalysis.minimumDetectableEffect(p.seDiff(), settings.alpha(), settings.power()))
                .sorted().toArray());
    }

    /**
     * Per-item variance of the score difference of each pair, n SE_diff^2 = Var(a_i - b_i); with one model,
     * 2 Var(s) (1 - rho) for a twin of the same variance at the assumed correlation rho. Sorted.
     */
    private static double[] differenceVariances(List<ModelScore> ranked, List<PairComparison> pairs,
                                                SamplingSettings settings) {
        if (pairs.isEmpty()) {
            if (ranked.isEmpty() || ranked.get(0).n() < 2) {
                return new double[0];
            }
            ModelScore only = ranked.get(0);
            double variance = only.se() * only.se() * only.n();
            return new double[] {Math.max(0.0, 2 * variance * (1 - settings.singleModelCorrelation()))};
        }
        return pairs.stream().filter(p -> p.n() > 1).mapToDouble(p -> p.n() * p.seDiff() * p.seDiff()).sorted().toArray();
    }

    /** Miller eq. 9 with the median pair's per-item difference variance: items to detect the target effect. */
    private static OptionalLong itemsForTarget(double[] sortedVariances, SamplingSettings settings) {
        if (sortedVariances.length == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(PowerAnalysis.itemsNeeded(settings.targetEffect(),
                new VarianceComponents(median(sortedVariances), 0, 0), 1, settings.alpha(), settings.power()));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
