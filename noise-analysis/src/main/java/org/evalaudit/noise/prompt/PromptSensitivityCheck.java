package org.evalaudit.noise.prompt;

import static org.evalaudit.noise.Numbers.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.Numbers;
import org.evalaudit.noise.SharedAnalyses;
import org.evalaudit.noise.checkpoints.SignalToNoise;
import org.evalaudit.noise.matrix.Axis;
import org.evalaudit.noise.sampling.ModelScore;
import org.evalaudit.noise.sampling.SamplingNoiseReport;

/**
 * Sin 1b, prompt and seed sensitivity. One finding per axis that varies in the results: {@code
 * prompt-sensitivity} for several templates, {@code prompt-sensitivity/samples} for several samples (seeds),
 * and {@code prompt-sensitivity/signal-to-noise} when models are checkpoints of training runs ({@code run@step},
 * see {@link org.evalaudit.noise.checkpoints.Checkpoint}). NOT_ASSESSED with one template, one sample and no
 * checkpoints. The headline of an axis is the mean spread (max - min score across conditions) in points.
 * Options and defaults (evalaudit's choices, not from a source):
 * <ul>
 *   <li>{@code prompt-sensitivity.spread-warn-points} = 2, {@code prompt-sensitivity.spread-fail-points} = 5:
 *       mean spread over models</li>
 *   <li>{@code prompt-sensitivity.tau-warn} = 0.8, {@code prompt-sensitivity.tau-fail} = 0.5: mean Kendall tau
 *       between the rankings under two conditions; a change of the top model is at least WARN</li>
 *   <li>{@code prompt-sensitivity.last-checkpoints} = 5: checkpoints per run whose spread is the noise</li>
 *   <li>{@code prompt-sensitivity.snr-warn} = 3, {@code prompt-sensitivity.snr-fail} = 1: signal-to-noise ratio</li>
 * </ul>
 * The spread includes sampling noise: with few items, templates differ by chance too (compare with the
 * sampling-noise finding's MDE).
 */
public final class PromptSensitivityCheck implements Check {
    public static final String ID = "prompt-sensitivity";
    private static final int MAX_CONDITION_COLUMNS = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.PROMPT_SENSITIVITY;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Results> given = context.results().filter(r -> r.size() > 0);
        if (given.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no results: prompt sensitivity needs per-item scores"));
        }
        Results results = given.get();
        List<Finding> findings = new ArrayList<>();
        for (Axis axis : Axis.values()) {
            if (PromptSensitivity.varies(results, axis)) {
                findings.add(axisFinding(axis == Axis.TEMPLATE ? ID : ID + "/samples",
                        PromptSensitivity.analyze(results, axis), context.options()));
            }
        }
        signalToNoise(context, results).ifPresent(findings::add);
        if (findings.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "one template and one sample per item, no training "
                    + "checkpoints: nothing to compare (give results under several templates or samples)"));
        }
        return findings;
    }

    private Finding axisFinding(String id, SensitivityReport report, AuditOptions options) {
        double spread = report.meanSpread() * 100;
        double tau = report.meanTau();
        Severity severity;
        if (spread > options.getDouble("prompt-sensitivity.spread-fail-points", 5.0)
                || tau < options.getDouble("prompt-sensitivity.tau-fail", 0.5)) {
            severity = Severity.FAIL;
        } else if (spread > options.getDouble("prompt-sensitivity.spread-warn-points", 2.0)
                || tau < options.getDouble("prompt-sensitivity.tau-warn", 0.8) || report.topModelChanges() > 0) {
            severity = Severity.WARN;
        } else {
            severity = Severity.PASS;
        }
        return new Finding(id, sin(), severity, new Headline("mean_spread_points", cell(spread)), summary(report),
                table(report), List.of(), List.of());
    }

    static String summary(SensitivityReport report) {
        String what = report.axis().label() + "s";
        ModelSpread widest = report.models().stream().filter(m -> !Double.isNaN(m.spread()))
                .max(Comparator.comparingDouble(ModelSpread::spread)).orElse(null);
        StringBuilder s = new StringBuilder("Across ").append(report.conditions().size()).append(' ').append(what)
                .append(", a model's score moves by ").append(Numbers.points(report.meanSpread()))
                .append(" points on average (max - min)");
        if (widest != null) {
            s.append(", up to ").append(Numbers.points(widest.spread())).append(" for ").append(widest.model());
        }
        s.append('.');
        if (!Double.isNaN(report.meanFlipRate())) {
            s.append(" On average ").append(Numbers.percent(report.meanFlipRate()))
                    .append(" of a model's items flip between right and wrong depending on the ")
                    .append(report.axis().label()).append('.');
        }
        if (!Double.isNaN(report.meanTau())) {
            s.append(" Rankings under two ").append(what).append(" agree with Kendall tau ")
                    .append(Numbers.fixed(report.meanTau(), 2)).append(" on average (lowest ")
                    .append(Numbers.fixed(report.minTau(), 2)).append(")");
            s.append(report.topModelChanges() == 0 ? "; the top model is the same under every " + report.axis().label() + "."
                    : "; the top model differs from " + report.overallTop() + " (best on average) under "
                    + report.topModelChanges() + " of " + report.conditions().size() + " " + what + ".");
        }
        return s.toString();
    }

    /**
     * One row per model, best AvgP first: its score under each condition (when there are at most {@value
     * #MAX_CONDITION_COLUMNS}), then min, spread, SD, MaxP, AvgP, CPS and flip rate.
     */
    private static Table table(SensitivityReport report) {
        boolean perCondition = report.conditions().size() <= MAX_CONDITION_COLUMNS;
        List<String> columns = new ArrayList<>(List.of("model"));
        if (perCondition) {
            report.conditions().forEach(c -> columns.add(report.axis().label() + ":" + c));
        }
        columns.addAll(List.of("min", "spread", "sd", "max_p", "avg_p", "cps", "flip_rate"));
        List<List<Object>> rows = new ArrayList<>();
        report.models().stream().sorted(Comparator.comparingDouble(ModelSpread::avgP).reversed()).forEach(m -> {
            List<Object> row = new ArrayList<>(List.of(m.model()));
            if (perCondition) {
                m.scores().forEach(v -> row.add(cell(v)));
            }
            row.addAll(Arrays.asList(cell(m.maxP() - m.spread()), cell(m.spread()), cell(m.sd()), cell(m.maxP()),
                    cell(m.avgP()), cell(m.cps()), cell(m.flipRate())));
            rows.add(row);
        });
        return new Table(columns, rows);
    }

    private Optional<Finding> signalToNoise(AuditContext context, Results results) {
        SamplingNoiseReport sampling = SharedAnalyses.samplingNoise(context, results);
        List<String> models = sampling.models().stream().map(ModelScore::model).toList();
        double[] means = sampling.models().stream().mapToDouble(ModelScore::mean).toArray();
        AuditOptions options = context.options();
        return SignalToNoise.analyze(models, means, options.getInt("prompt-sensitivity.last-checkpoints",
                SignalToNoise.DEFAULT_LAST_CHECKPOINTS)).map(r -> {
                    Severity severity = r.snr() < options.getDouble("prompt-sensitivity.snr-fail", 1.0) ? Severity.FAIL
                            : r.snr() < options.getDouble("prompt-sensitivity.snr-warn", 3.0) ? Severity.WARN : Severity.PASS;
                    String summary = "Signal-to-noise ratio " + Numbers.fixed(r.snr(), 2) + ": the " + r.finalModels()
                            + " final models spread over " + Numbers.percent(r.signal()) + " of their mean score, while "
                            + "a run's score jitters by " + Numbers.percent(r.noise()) + " of its mean over its last "
                            + "checkpoints (Heineman et al. 2025)"
                            + (r.snr() < 1 ? "; checkpoint noise alone can reorder these models." : ".");
                    Table.Builder table = Table.of("run", "checkpoints", "mean", "sd", "relative_sd");
                    r.runs().forEach(n -> table.row(n.run(), n.checkpoints(), cell(n.mean()), cell(n.sd()),
                            cell(n.relativeSd())));
                    return new Finding(ID + "/signal-to-noise", sin(), severity, new Headline("snr", cell(r.snr())),
                            summary, table.build(), List.of(), List.of());
                });
    }
}
