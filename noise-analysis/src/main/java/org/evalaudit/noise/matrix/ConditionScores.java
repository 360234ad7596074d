package org.evalaudit.noise.matrix;

import java.util.List;

/**
 * The aggregated layout: one score per (condition, model), such as the accuracy of each model under each
 * instruction paraphrase. Either computed from results ({@link ConditionCube#toScores}) or read from a
 * table ({@code org.evalaudit.noise.prompt.AccuracyTableReader}).
 *
 * @param axis what the conditions are
 * @param conditions condition names (template, paraphrase index, sample)
 * @param models model names
 * @param scores scores[condition][model], NaN when the model was not run under that condition
 */
public record ConditionScores(Axis axis, List<String> conditions, List<String> models, double[][] scores) {

    public ConditionScores {
        conditions = List.copyOf(conditions);
        models = List.copyOf(models);
        if (scores.length != conditions.size()) {
            throw new IllegalArgumentException(scores.length + " score rows for " + conditions.size() + " conditions");
        }
        double[][] copy = new double[scores.length][];
        for (int c = 0; c < scores.length; c++) {
            if (scores[c].length != models.size()) {
                throw new IllegalArgumentException("condition " + conditions.get(c) + " has " + scores[c].length
                        + " scores for " + models.size() + " models");
            }
            copy[c] = scores[c].clone();
        }
        scores = copy;
    }

    /** Model m's score under condition c. */
    public double score(int c, int m) {
        return scores[c][m];
    }

    /** A copy of the scores of one model across conditions. */
    public double[] modelScores(int m) {
        double[] column = new double[conditions.size()];
        for (int c = 0; c < column.length; c++) {
            column[c] = scores[c][m];
        }
        return column;
    }

    /** A copy of the scores of every model under one condition. */
    public double[] conditionScores(int c) {
        return scores[c].clone();
    }

    /** The record's array is a defensive copy; this returns another, so the record stays immutable. */
    @Override
    public double[][] scores() {
        double[][] copy = new double[scores.length][];
        for (int c = 0; c < scores.length; c++) {
            copy[c] = scores[c].clone();
        }
        return copy;
    }
}
