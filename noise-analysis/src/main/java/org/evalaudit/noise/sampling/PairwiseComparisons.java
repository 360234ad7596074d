package org.evalaudit.noise.sampling;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.stats.Distributions;
import org.evalaudit.noise.stats.Moments;
import org.evalaudit.core.stats.MultipleTesting;

/**
 * Compares every pair of models on the items both answered ({@link PairComparison} has the formulas) and
 * adjusts the p-values across all pairs. Models that answered every item take a fast path: their centred
 * scores are computed once, and a pair costs one dot product (100 models x 15,000 items: 4,950 pairs in
 * about 0.1 s on one core).
 */
public final class PairwiseComparisons {
    private PairwiseComparisons() {
    }

    /**
     * @param order model numbers in leaderboard order; pair (A, B) has A before B
     * @return the pairs in that order: (order[0], order[1]), (order[0], order[2]), ...
     */
    public static List<PairComparison> compare(ScoreMatrix matrix, int[] order, SamplingSettings settings) {
        Rows rows = new Rows(matrix);
        List<PairComparison> raw = new ArrayList<>();
        for (int x = 0; x < order.length; x++) {
            for (int y = x + 1; y < order.length; y++) {
                raw.add(rows.compare(order[x], order[y]));
            }
        }
        double[] p = raw.stream().mapToDouble(PairComparison::pValue).toArray();
        double[] holm = MultipleTesting.holm(p);
        double[] bh = MultipleTesting.benjaminiHochberg(p);
        List<PairComparison> pairs = new ArrayList<>(raw.size());
        for (int k = 0; k < raw.size(); k++) {
            double decisive = settings.adjustment() == Adjustment.HOLM ? holm[k] : bh[k];
            pairs.add(raw.get(k).adjusted(holm[k], bh[k], raw.get(k).test() != PairComparison.Test.NONE
                    && decisive < settings.alpha()));
        }
        return List.copyOf(pairs);
    }

    /** Compares two score arrays (NaN = missing) without any adjustment: pHolm and pBh equal pValue. */
    public static PairComparison compare(String modelA, double[] a, String modelB, double[] b) {
        ScoreMatrix matrix = ScoreMatrix.ofScores(List.of(modelA, modelB), itemNames(a.length),
                new double[][] {a, b}, null);
        return new Rows(matrix).compare(0, 1);
    }

    private static List<String> itemNames(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    /** Per-model data prepared once: scores, and for complete models their mean, variance and centred scores. */
    private static final class Rows {
        private final ScoreMatrix matrix;
        private final double[][] scores;
        private final double[][] centred;
        private final Moments[] moments;
        private final boolean[] binary;

        Rows(ScoreMatrix matrix) {
            this.matrix = matrix;
            int models = matrix.modelCount();
            scores = matrix.scoresByModel();
            centred = new double[models][];
            moments = new Moments[models];
            binary = new boolean[models];
            for (int m = 0; m < models; m++) {
                moments[m] = Moments.of(scores[m]);
                binary[m] = matrix.isBinary(m);
                if (moments[m].n() == scores[m].length) {
                    centred[m] = new double[scores[m].length];
                    for (int i = 0; i < scores[m].length; i++) {
                        centred[m][i] = scores[m][i] - moments[m].mean();
                    }
                }
            }
        }

        PairComparison compare(int a, int b) {
            String nameA = matrix.models().get(a);
            String nameB = matrix.models().get(b);
            boolean bothBinary = binary[a] && binary[b];
            if (centred[a] != null && centred[b] != null) {
                double dot = 0;
                double[] ca = centred[a];
                double[] cb = centred[b];
                for (int i = 0; i < ca.length; i++) {
                    dot += ca[i] * cb[i];
                }
                int n = ca.length;
                return finish(nameA, nameB, n, moments[a].mean(), moments[b].mean(), moments[a].sampleVariance(),
                        moments[b].sampleVariance(), dot, bothBinary);
            }
            return shared(nameA, scores[a], nameB, scores[b], bothBinary);
        }

        /** Two passes over the items both answered: means, then centred sums. */
        private static PairComparison shared(String nameA, double[] a, String nameB, double[] b, boolean bothBinary) {
            int n = 0;
            double sumA = 0;
            double sumB = 0;
            for (int i = 0; i < a.length; i++) {
                if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                    n++;
                    sumA += a[i];
                    sumB += b[i];
                }
            }
            if (n == 0) {
                return new PairComparison(nameA, nameB, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        0, 0, PairComparison.Test.NONE, 1.0, 1.0, 1.0, false);
            }
            double meanA = sumA / n;
            double meanB = sumB / n;
            double squaresA = 0;
            double squaresB = 0;
            double dot = 0;
            for (int i = 0; i < a.length; i++) {
                if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                    double ra = a[i] - meanA;
                    double rb = b[i] - meanB;
                    squaresA += ra * ra;
                    squaresB += rb * rb;
                    dot += ra * rb;
                }
            }
            return finish(nameA, nameB, n, meanA, meanB, squaresA / (n - 1), squaresB / (n - 1), dot, bothBinary);
        }

        /**
         * From the centred cross product: Cov = dot / (n - 1); Var(d) = Var(a) + Var(b) - 2 Cov;
         * sum a_i b_i = dot + n meanA meanB, so aOnly = sum a_i - sum a_i b_i and likewise bOnly.
         */
        private static PairComparison finish(String nameA, String nameB, int n, double meanA, double meanB,
                                             double varA, double varB, double dot, boolean bothBinary) {
            double cov = dot / (n - 1);
            double varDiff = Math.max(0.0, varA + varB - 2 * cov);
            double seDiff = Math.sqrt(varDiff / n);
            double correlation = varA > 0 && varB > 0 ? cov / Math.sqrt(varA * varB) : Double.NaN;
            double both = dot + n * meanA * meanB;
            double aOnly = n * meanA - both;
            double bOnly = n * meanB - both;
            double diff = meanA - meanB;
            PairComparison.Test test;
            double p;
            if (bothBinary) {
                test = PairComparison.Test.SIGN;
                long k = Math.round(aOnly);
                long discordant = k + Math.round(bOnly);
                p = Distributions.signTestTwoSided(k, discordant);
            } else {
                test = PairComparison.Test.PAIRED_T;
                p = n < 2 ? 1.0 : seDiff == 0 ? (diff == 0 ? 1.0 : 0.0)
                        : Distributions.studentTTwoSided(diff / seDiff, n - 1);
            }
            return new PairComparison(nameA, nameB, n, meanA, meanB, diff, seDiff, correlation, aOnly, bOnly, test,
                    p, p, p, false);
        }
    }
}
