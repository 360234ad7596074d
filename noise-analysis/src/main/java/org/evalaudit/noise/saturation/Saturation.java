package org.evalaudit.noise.saturation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.noise.matrix.Correctness;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.sampling.ModelScore;

/**
 * Saturation of a benchmark (sin 7). The ceiling is not 100%: an item with a wrong gold label cannot be
 * answered "correctly", so with a label-error rate r the best attainable mean is 1 - r (on how test-set
 * label errors distort benchmarks see Northcutt et al. 2021, "Pervasive Label Errors in Test Sets
 * Destabilize Machine Learning Benchmarks"). Headroom is measured in standard errors of the best model's score, so "5 points left" on a
 * 100-item benchmark (SE about 4 points) reads as what it is: barely distinguishable from the ceiling.
 */
public final class Saturation {
    private Saturation() {
    }

    /** The ceiling a label-error rate leaves: 1 - rate. */
    public static double ceiling(double labelErrorRate) {
        if (!(labelErrorRate >= 0 && labelErrorRate < 1)) {
            throw new IllegalArgumentException("label-error rate must be in [0, 1), got " + labelErrorRate);
        }
        return 1 - labelErrorRate;
    }

    /**
     * @param scores the models' scores (as {@code SamplingNoise} ranks them; any order)
     * @param releaseDates release date per model, possibly empty
     * @return null when no model has a score
     */
    public static SaturationReport analyze(ScoreMatrix matrix, List<ModelScore> scores, double ceiling,
                                           Map<String, LocalDate> releaseDates) {
        ModelScore best = null;
        for (ModelScore s : scores) {
            if (s.n() > 0 && (best == null || s.mean() > best.mean())) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        double se = Double.isNaN(best.clusteredSe()) ? best.se() : best.clusteredSe();
        int answered = 0;
        int all = 0;
        int none = 0;
        for (int i = 0; i < matrix.itemCount(); i++) {
            int models = 0;
            int solved = 0;
            for (int m = 0; m < matrix.modelCount(); m++) {
                double v = matrix.score(m, i);
                if (!Double.isNaN(v)) {
                    models++;
                    if (Correctness.isCorrect(v)) {
                        solved++;
                    }
                }
            }
            if (models > 0) {
                answered++;
                all += solved == models ? 1 : 0;
                none += solved == 0 ? 1 : 0;
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        scores.forEach(s -> means.put(s.model(), s.mean()));
        SaturationTrend trend = SaturationTrend.fit(means, releaseDates, ceiling).orElse(null);
        double gap = ceiling - best.mean();
        double headroom = Math.abs(gap) < 1e-9 ? 0 : gap;
        // with no spread at all (every item right) the headroom is 0 SE at the ceiling, unbounded below it
        double headroomSe = se > 0 ? headroom / se : headroom > 0 ? Double.POSITIVE_INFINITY : headroom < 0
                ? Double.NEGATIVE_INFINITY : 0.0;
        return new SaturationReport(ceiling, best.model(), best.mean(), se, headroomSe,
                all / (double) answered, none / (double) answered, answered, trend);
    }
}
