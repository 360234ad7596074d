package org.evalaudit.noise;

import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.sampling.SamplingNoise;
import org.evalaudit.noise.sampling.SamplingNoiseReport;
import org.evalaudit.noise.sampling.SamplingSettings;

/**
 * Analyses that several noise checks read, computed once per audit through {@link AuditContext#shared}:
 * the score matrix and the sampling-noise report (saturation needs the best model's standard error).
 */
public final class SharedAnalyses {
    private SharedAnalyses() {
    }

    /** The score matrix of the context's results; the benchmark, when given, supplies item clusters. */
    public static ScoreMatrix matrix(AuditContext context, Results results) {
        return context.shared(ScoreMatrix.class, () -> ScoreMatrix.of(results, context.benchmark().orElse(null)));
    }

    /** The sampling-noise report under the context's options. */
    public static SamplingNoiseReport samplingNoise(AuditContext context, Results results) {
        return context.shared(SamplingNoiseReport.class,
                () -> SamplingNoise.analyze(matrix(context, results), SamplingSettings.from(context.options())));
    }
}
