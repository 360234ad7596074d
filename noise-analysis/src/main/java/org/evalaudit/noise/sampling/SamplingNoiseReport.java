package org.evalaudit.noise.sampling;

import java.util.List;
import java.util.OptionalLong;

/**
 * Everything the sampling-noise analysis found.
 *
 * @param items items answered by at least one model
 * @param models per-model scores, in leaderboard order (best mean first, ties by name)
 * @param pairs every pair of models, A ranked above B, in leaderboard order
 * @param leaderboard ranks and tied groups
 * @param mde minimum detectable effect as a fraction at the settings' power and alpha: the median over
 *     pairs of (z_{1-alpha/2} + z_power) SE_diff (Miller eq. 10 with each pair's observed variance and
 *     correlation); with one model, for a comparison against a model of the same variance (see {@link
 *     SamplingSettings#singleModelCorrelation}); NaN with fewer than two items
 * @param shareDistinguishable share of pairs that are statistically distinguishable, NaN with fewer than two models
 * @param itemsForTarget items needed to detect {@link SamplingSettings#targetEffect} (Miller eq. 9 with the
 *     median pair's per-item difference variance, one answer per item); empty with fewer than two items
 * @param settings the settings used
 */
public record SamplingNoiseReport(int items, List<ModelScore> models, List<PairComparison> pairs,
                                  Leaderboard leaderboard, double mde, double shareDistinguishable,
                                  OptionalLong itemsForTarget, SamplingSettings settings) {
    public SamplingNoiseReport {
        models = List.copyOf(models);
        pairs = List.copyOf(pairs);
    }

    /** Number of pairs that are statistical ties. */
    public long ties() {
        return pairs.stream().filter(p -> !p.distinguishable()).count();
    }
}
