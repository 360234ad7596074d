package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.model.Item;

/**
 * Per-choice probabilities of one response, read from a list of probabilities (normalised to sum 1,
 * since a harness often keeps only the letters' share of the vocabulary) or of log-probabilities /
 * log-likelihoods (turned into probabilities with a softmax, as a multiple-choice harness ranks them).
 * They feed confident learning (Northcutt et al. 2021), which needs a model's whole distribution, not
 * just its argmax.
 */
final class ChoiceProbabilities {
    private ChoiceProbabilities() {
    }

    /** From a JSON list of non-negative numbers, normalised; an {@link InputError} naming the field otherwise. */
    static double[] fromProbabilities(Path file, long line, String field, JsonNode node) {
        double[] values = numbers(file, line, field, node);
        double sum = 0;
        for (double v : values) {
            if (v < 0) {
                throw new InputError(file, line, field, "expected probabilities of 0 or more, got " + v);
            }
            sum += v;
        }
        if (sum <= 0) {
            throw new InputError(file, line, field, "expected probabilities with a positive sum, got all zeros");
        }
        for (int k = 0; k < values.length; k++) {
            values[k] /= sum;
        }
        return values;
    }

    /** From a JSON list of log-probabilities or log-likelihoods: their softmax. */
    static double[] fromLogProbabilities(Path file, long line, String field, JsonNode node) {
        return softmax(numbers(file, line, field, node));
    }

    /** The softmax of log-likelihoods, shifted by their maximum so that none overflows. */
    static double[] softmax(List<Double> logLikelihoods) {
        double[] values = new double[logLikelihoods.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = logLikelihoods.get(k);
        }
        return softmax(values);
    }

    private static double[] softmax(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < values.length; k++) {
            values[k] = Math.exp(values[k] - max);
            sum += values[k];
        }
        for (int k = 0; k < values.length; k++) {
            values[k] /= sum;
        }
        return values;
    }

    private static double[] numbers(Path file, long line, String field, JsonNode node) {
        if (!node.isArray() || node.size() < 2) {
            throw new InputError(file, line, field, "expected a list of one number per choice, got "
                    + Json.describe(node));
        }
        double[] values = new double[node.size()];
        for (int k = 0; k < values.length; k++) {
            JsonNode v = node.get(k);
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new InputError(file, line, field, "expected a finite number for choice " + Item.letter(k)
                        + ", got " + Json.describe(v));
            }
            values[k] = v.doubleValue();
        }
        return values;
    }
}
