package org.evalaudit.noise.testing;

import java.util.SplittableRandom;
import org.evalaudit.core.model.Results;

/** Seeded synthetic results for property tests. Items are named "q0", "q1", ...; models "m0", "m1", ... */
public final class Synthetic {
    private Synthetic() {
    }

    /** One response per (model, item) with these scores: scores[model][item], NaN for no response. */
    public static Results results(double[][] scores) {
        Results.Builder builder = Results.builder();
        for (int m = 0; m < scores.length; m++) {
            for (int i = 0; i < scores[m].length; i++) {
                if (!Double.isNaN(scores[m][i])) {
                    builder.add("q" + i, "m" + m, null, 0, null, null, scores[m][i]);
                }
            }
        }
        return builder.build();
    }

    /**
     * 0/1 scores of models of the given accuracies on n items. Items differ in difficulty (a shared
     * per-item offset), so the models are positively correlated, as real models are.
     */
    public static double[][] correlatedBinary(SplittableRandom random, int n, double... accuracies) {
        double[] difficulty = new double[n];
        for (int i = 0; i < n; i++) {
            difficulty[i] = random.nextDouble() - 0.5;
        }
        double[][] scores = new double[accuracies.length][n];
        for (int m = 0; m < accuracies.length; m++) {
            for (int i = 0; i < n; i++) {
                double p = Math.min(1, Math.max(0, accuracies[m] - 0.6 * difficulty[i]));
                scores[m][i] = random.nextDouble() < p ? 1 : 0;
            }
        }
        return scores;
    }
}
