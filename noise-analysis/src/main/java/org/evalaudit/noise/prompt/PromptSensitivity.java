package org.evalaudit.noise.prompt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.correlation.KendallsCorrelation;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.matrix.Axis;
import org.evalaudit.noise.matrix.ConditionCube;
import org.evalaudit.noise.matrix.ConditionScores;
import org.evalaudit.noise.stats.Moments;

/** Computes a {@link SensitivityReport} from results or from an aggregated table of scores. */
public final class PromptSensitivity {
    private PromptSensitivity() {
    }

    /** Sensitivity of the results along one axis, including per-item flip rates. */
    public static SensitivityReport analyze(Results results, Axis axis) {
        return analyze(ConditionCube.of(results, axis));
    }

    public static SensitivityReport analyze(ConditionCube cube) {
        return analyze(cube.toScores(), cube.flipRates());
    }

    /** Sensitivity of an aggregated table (no items, so no flip rates). */
    public static SensitivityReport analyze(ConditionScores table) {
        double[] none = new double[table.models().size()];
        Arrays.fill(none, Double.NaN);
        return analyze(table, none);
    }

    private static SensitivityReport analyze(ConditionScores table, double[] flipRates) {
        List<ModelSpread> spreads = new ArrayList<>();
        for (int m = 0; m < table.models().size(); m++) {
            spreads.add(spread(table.models().get(m), table.modelScores(m), flipRates[m]));
        }
        List<SensitivityReport.RankAgreement> taus = new ArrayList<>();
        for (int a = 0; a < table.conditions().size(); a++) {
            for (int b = a + 1; b < table.conditions().size(); b++) {
                taus.add(agreement(table, a, b));
            }
        }
        List<String> tops = new ArrayList<>();
        for (int c = 0; c < table.conditions().size(); c++) {
            int best = argmax(table.conditionScores(c));
            tops.add(best < 0 ? null : table.models().get(best));
        }
        int overall = argmax(spreads.stream().mapToDouble(ModelSpread::avgP).toArray());
        return new SensitivityReport(table.axis(), table.conditions(), spreads, taus, tops,
                overall < 0 ? null : table.models().get(overall));
    }

    /** Spread, SD, MaxP, AvgP and CPS of one model's scores across conditions (NaN entries skipped). */
    public static ModelSpread spread(String model, double[] scores, double flipRate) {
        Moments moments = Moments.of(scores);
        double max = Double.NaN;
        double min = Double.NaN;
        for (double v : scores) {
            if (!Double.isNaN(v)) {
                max = Double.isNaN(max) ? v : Math.max(max, v);
                min = Double.isNaN(min) ? v : Math.min(min, v);
            }
        }
        double avg = moments.mean();
        List<Double> boxed = Arrays.stream(scores).boxed().toList();
        return new ModelSpread(model, boxed, max - min, moments.sd(), max, avg, max * (1 - (max - avg)), flipRate);
    }

    private static SensitivityReport.RankAgreement agreement(ConditionScores table, int a, int b) {
        double[] x = table.conditionScores(a);
        double[] y = table.conditionScores(b);
        int n = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int m = 0; m < x.length; m++) {
            if (!Double.isNaN(x[m]) && !Double.isNaN(y[m])) {
                xs[n] = x[m];
                ys[n] = y[m];
                n++;
            }
        }
        double tau = n < 2 ? Double.NaN
                : new KendallsCorrelation().correlation(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n));
        return new SensitivityReport.RankAgreement(table.conditions().get(a), table.conditions().get(b), n, tau);
    }

    private static int argmax(double[] values) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    /** Whether the results vary along this axis: more than one template, or more than one sample index. */
    public static boolean varies(Results results, Axis axis) {
        if (axis == Axis.TEMPLATE) {
            return results.templates().size() > 1;
        }
        for (int row = 1; row < results.size(); row++) {
            if (results.sample(row) != results.sample(0)) {
                return true;
            }
        }
        return false;
    }
}
