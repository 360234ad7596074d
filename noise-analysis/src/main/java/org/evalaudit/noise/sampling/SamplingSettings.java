package org.evalaudit.noise.sampling;

import org.evalaudit.core.audit.AuditOptions;

/**
 * Settings of the sampling-noise analysis, read from {@link AuditOptions} with these keys and defaults:
 * <ul>
 *   <li>{@code sampling-noise.alpha} = 0.05: significance level of the pairwise tests and the MDE</li>
 *   <li>{@code sampling-noise.power} = 0.8: power of the MDE</li>
 *   <li>{@code sampling-noise.confidence} = 0.95: level of the per-model confidence intervals</li>
 *   <li>{@code sampling-noise.bootstrap-replicates} = 1000: replicates of the percentile bootstrap</li>
 *   <li>{@code sampling-noise.seed} = 1: seed of the bootstrap</li>
 *   <li>{@code sampling-noise.adjust} = holm: holm or bh, the adjusted p-value that decides ties</li>
 *   <li>{@code sampling-noise.single-model-correlation} = 0: with one model only, the MDE is for a
 *       comparison with a model of the same variance and this correlation</li>
 *   <li>{@code sampling-noise.target-points} = 2: the difference, in points, for which the analysis says how
 *       many items would be needed</li>
 * </ul>
 *
 * @param targetEffect the target difference as a fraction (the option divided by 100)
 */
public record SamplingSettings(double alpha, double power, double confidence, int bootstrapReplicates, long seed,
                               Adjustment adjustment, double singleModelCorrelation, double targetEffect) {

    public static SamplingSettings defaults() {
        return from(AuditOptions.defaults());
    }

    public static SamplingSettings from(AuditOptions options) {
        return new SamplingSettings(
                options.getDouble("sampling-noise.alpha", 0.05),
                options.getDouble("sampling-noise.power", 0.8),
                options.getDouble("sampling-noise.confidence", 0.95),
                options.getInt("sampling-noise.bootstrap-replicates", 1000),
                options.getLong("sampling-noise.seed", 1L),
                Adjustment.parse(options.get("sampling-noise.adjust", "holm")),
                options.getDouble("sampling-noise.single-model-correlation", 0.0),
                options.getDouble("sampling-noise.target-points", 2.0) / 100);
    }
}
