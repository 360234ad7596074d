package org.evalaudit.noise.sampling;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.stats.Bootstrap;
import org.evalaudit.noise.stats.Distributions;
import org.evalaudit.noise.stats.Interval;
import org.evalaudit.noise.stats.Moments;
import org.evalaudit.noise.stats.StandardErrors;
import org.evalaudit.noise.stats.Wilson;

/** Computes a {@link ModelScore} for every model of a {@link ScoreMatrix}, in matrix order. */
public final class ModelScores {
    private ModelScores() {
    }

    public static List<ModelScore> of(ScoreMatrix matrix, SamplingSettings settings) {
        int models = matrix.modelCount();
        double z = Distributions.normalQuantile(1 - (1 - settings.confidence()) / 2);
        int[] clusters = matrix.clusters();
        Interval[] intervals = new Interval[models];
        List<Integer> needBootstrap = new ArrayList<>();
        boolean[] bootstrapped = new boolean[models];
        Moments[] moments = new Moments[models];
        for (int m = 0; m < models; m++) {
            double[] row = matrix.scores(m);
            moments[m] = Moments.of(row);
            if (moments[m].n() > 0 && matrix.isBinary(m)) {
                intervals[m] = Wilson.interval(Math.rint(moments[m].mean() * moments[m].n()), moments[m].n(), z);
            } else {
                needBootstrap.add(m);
                bootstrapped[m] = true;
            }
        }
        bootstrap(matrix, settings, needBootstrap, intervals);
        List<ModelScore> scores = new ArrayList<>(models);
        for (int m = 0; m < models; m++) {
            Moments mo = moments[m];
            StandardErrors.Clustered clustered = matrix.hasClusters()
                    ? StandardErrors.clustered(matrix.scores(m), clusters, matrix.clusterCount())
                    : new StandardErrors.Clustered(Double.NaN, 0);
            scores.add(new ModelScore(matrix.models().get(m), mo.n(), mo.mean(), StandardErrors.clt(mo),
                    intervals[m], bootstrapped[m] ? ModelScore.IntervalMethod.BOOTSTRAP
                    : ModelScore.IntervalMethod.WILSON, clustered.se(), clustered.clusters(),
                    matrix.hasRepeats() ? split(matrix, m, mo) : null));
        }
        return scores;
    }

    private static void bootstrap(ScoreMatrix matrix, SamplingSettings settings, List<Integer> models,
                                  Interval[] intervals) {
        if (models.isEmpty()) {
            return;
        }
        double[][] rows = new double[models.size()][];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = matrix.scores(models.get(k));
        }
        Interval[] boot = new Bootstrap(settings.bootstrapReplicates(), settings.confidence(), settings.seed())
                .meanIntervals(rows);
        for (int k = 0; k < rows.length; k++) {
            intervals[models.get(k)] = boot[k];
        }
    }

    /** Miller section 3 estimates; see {@link SampleSplit}. Null when no item was answered twice. */
    static SampleSplit split(ScoreMatrix matrix, int m, Moments perItem) {
        double withinSum = 0;
        int withinItems = 0;
        double inverseK = 0;
        for (int i = 0; i < matrix.itemCount(); i++) {
            int k = matrix.responses(m, i);
            if (k > 0) {
                inverseK += 1.0 / k;
            }
            if (k > 1) {
                withinSum += matrix.withinVariance(m, i);
                withinItems++;
            }
        }
        if (withinItems == 0 || perItem.n() < 2) {
            return null;
        }
        double within = withinSum / withinItems;
        double noiseOfMeans = 0;
        for (int i = 0; i < matrix.itemCount(); i++) {
            int k = matrix.responses(m, i);
            if (k > 0) {
                noiseOfMeans += (k > 1 ? matrix.withinVariance(m, i) : within) / k;
            }
        }
        noiseOfMeans /= perItem.n();
        double between = Math.max(0.0, perItem.sampleVariance() - noiseOfMeans);
        return new SampleSplit(perItem.n(), perItem.n() / inverseK, between, within);
    }
}
