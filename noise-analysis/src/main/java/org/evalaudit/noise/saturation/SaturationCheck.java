package org.evalaudit.noise.saturation;

import static org.evalaudit.noise.Numbers.cell;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.ModelInfo;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.Numbers;
import org.evalaudit.noise.SharedAnalyses;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.sampling.SamplingNoiseReport;

/**
 * Sin 7, saturates too fast. Headline: headroom in points between the best model and the ceiling.
 * Options and defaults (evalaudit's choices):
 * <ul>
 *   <li>{@code saturation.ceiling}: the best attainable mean score; when unset, 1 - the label-error rate
 *       ({@link #ceiling})</li>
 *   <li>{@code saturation.label-error-rate}: a known label-error rate, when the ceiling is not set</li>
 *   <li>{@code saturation.fail-se} = 3: FAIL when the best model is within 3 standard errors of the ceiling</li>
 *   <li>{@code saturation.warn-points} = 10: WARN with less than 10 points of headroom</li>
 *   <li>{@code saturation.warn-solved-by-all} = 0.5: WARN when half the items are solved by every model</li>
 * </ul>
 * Release dates come from the benchmark card's model metadata.
 */
public final class SaturationCheck implements Check {
    public static final String ID = "saturation";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.SATURATION;
    }

    /**
     * The ceiling of the benchmark: {@code saturation.ceiling} when set, otherwise 1 minus the label-error
     * rate, otherwise 1. This is the one place where the label-error rate enters saturation.
     */
    public static double ceiling(AuditContext context) {
        AuditOptions options = context.options();
        if (options.values().containsKey("saturation.ceiling")) {
            return options.getDouble("saturation.ceiling", 1.0);
        }
        return Saturation.ceiling(labelErrorRate(context).orElse(0.0));
    }

    /**
     * The label-error rate known to this audit: the {@code saturation.label-error-rate} option if set,
     * else the suspect-label analysis' estimate (shared with that check, computed once) when the audit
     * has a benchmark and results.
     */
    private static OptionalDouble labelErrorRate(AuditContext context) {
        AuditOptions options = context.options();
        if (options.values().containsKey("saturation.label-error-rate")) {
            return OptionalDouble.of(options.getDouble("saturation.label-error-rate", 0.0));
        }
        return LabelNoise.shared(context).map(r -> OptionalDouble.of(r.estimatedErrorRate()))
                .orElse(OptionalDouble.empty());
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Results> results = context.results().filter(r -> r.size() > 0);
        if (results.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no results: saturation needs model scores"));
        }
        SamplingNoiseReport sampling = SharedAnalyses.samplingNoise(context, results.get());
        double ceiling = ceiling(context);
        SaturationReport report = Saturation.analyze(SharedAnalyses.matrix(context, results.get()), sampling.models(),
                ceiling, releaseDates(context));
        if (report == null) {
            return List.of(Finding.notAssessed(ID, sin(), "no model has a score"));
        }
        AuditOptions options = context.options();
        Severity severity;
        if (report.headroomSe() < options.getDouble("saturation.fail-se", 3.0)) {
            severity = Severity.FAIL;
        } else if (report.headroomPoints() < options.getDouble("saturation.warn-points", 10.0)
                || report.solvedByAll() >= options.getDouble("saturation.warn-solved-by-all", 0.5)) {
            severity = Severity.WARN;
        } else {
            severity = Severity.PASS;
        }
        return List.of(new Finding(ID, sin(), severity, new Headline("headroom_points", cell(report.headroomPoints())),
                summary(report), table(report), List.of(), List.of()));
    }

    private static Map<String, LocalDate> releaseDates(AuditContext context) {
        Map<String, LocalDate> dates = new HashMap<>();
        context.card().ifPresent(card -> card.models().values().stream().filter(m -> m.releaseDate() != null)
                .forEach((ModelInfo m) -> dates.put(m.name(), m.releaseDate())));
        return dates;
    }

    static String summary(SaturationReport r) {
        StringBuilder s = new StringBuilder("The best model (").append(r.bestModel()).append(") scores ")
                .append(Numbers.points(r.best())).append("% against a ceiling of ").append(Numbers.points(r.ceiling()))
                .append("%: ");
        if (r.headroomSe() <= 0) {
            s.append("no headroom is left. ");
        } else {
            s.append(Numbers.points(r.ceiling() - r.best())).append(" points, or ")
                    .append(Double.isInfinite(r.headroomSe()) ? "infinitely many" : Numbers.fixed(r.headroomSe(), 1))
                    .append(" standard errors, of headroom. ");
        }
        s.append(Numbers.percent(r.solvedByAll())).append(" of items are solved by every model and ")
                .append(Numbers.percent(r.solvedByNone())).append(" by none.");
        if (r.trend() == null) {
            s.append(" No projection: it needs release dates (benchmark card) for two models that raised the best score.");
        } else {
            s.append(" The best score has risen ").append(Numbers.fixed(r.trend().pointsPerYear(), 1))
                    .append(" points per year");
            s.append(r.trend().projectedDate().map(d -> "; at that rate it reaches the ceiling around " + d + ".")
                    .orElse("; at that rate it does not reach the ceiling."));
        }
        return s.toString();
    }

    private static Table table(SaturationReport r) {
        Table.Builder table = Table.of("measure", "value");
        table.row("ceiling", r.ceiling()).row("best_model", r.bestModel()).row("best_score", cell(r.best()))
                .row("best_se", cell(r.bestSe())).row("headroom_se", cell(r.headroomSe()))
                .row("solved_by_all", r.solvedByAll()).row("solved_by_none", r.solvedByNone()).row("items", r.items());
        if (r.trend() != null) {
            table.row("points_per_year", cell(r.trend().pointsPerYear()))
                    .row("projected_date", r.trend().projectedDate().map(LocalDate::toString).orElse(null));
        }
        return table.build();
    }
}
