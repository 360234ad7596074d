package org.evalaudit.noise.prompt;

import java.util.List;
import org.evalaudit.noise.matrix.Axis;

/**
 * Prompt (or seed) sensitivity of a set of models.
 *
 * @param axis templates or samples
 * @param conditions condition names
 * @param models one spread per model, in input order
 * @param taus Kendall tau-b between the model rankings of every pair of conditions
 * @param topModels the best model under each condition, in condition order (ties: the first in input order)
 * @param overallTop the model with the best AvgP
 */
public record SensitivityReport(Axis axis, List<String> conditions, List<ModelSpread> models, List<RankAgreement> taus,
                                List<String> topModels, String overallTop) {

    public SensitivityReport {
        conditions = List.copyOf(conditions);
        models = List.copyOf(models);
        taus = List.copyOf(taus);
        topModels = List.copyOf(topModels);
    }

    /**
     * Kendall's tau-b (Kendall 1945, "The treatment of ties in ranking problems") between the scores of the
     * models run under both conditions: 1 for the same ranking, -1 for the reverse.
     */
    public record RankAgreement(String conditionA, String conditionB, int models, double tau) {
    }

    /** Mean of the models' spreads (max - min), NaN without models. */
    public double meanSpread() {
        return models.stream().mapToDouble(ModelSpread::spread).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** Mean Kendall tau over pairs of conditions, NaN when no pair could be ranked. */
    public double meanTau() {
        return taus.stream().mapToDouble(RankAgreement::tau).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** Smallest Kendall tau over pairs of conditions, NaN when no pair could be ranked. */
    public double minTau() {
        return taus.stream().mapToDouble(RankAgreement::tau).filter(v -> !Double.isNaN(v)).min().orElse(Double.NaN);
    }

    /** Number of conditions whose best model is not the model with the best AvgP. */
    public long topModelChanges() {
        return topModels.stream().filter(top -> top != null && !top.equals(overallTop)).count();
    }

    /** Mean flip rate over models that have one, NaN from aggregated tables. */
    public double meanFlipRate() {
        return models.stream().mapToDouble(ModelSpread::flipRate).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }
}
