package org.evalaudit.noise.sampling;

import static org.evalaudit.noise.Numbers.cell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.checks.RepeatedResponses;
import org.evalaudit.core.checks.Texts;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.Numbers;
import org.evalaudit.noise.SharedAnalyses;
import org.evalaudit.noise.matrix.PassageClusters;

/**
 * Sin 1, too few examples: can this benchmark tell its models apart? The headline is the share of model
 * pairs that are statistically distinguishable ({@code share_distinguishable}), or with a single model the
 * minimum detectable effect in points ({@code mde_points}). Severity follows the MDE (median over pairs, see
 * {@link SamplingNoiseReport#mde}), with these options:
 * <ul>
 *   <li>{@code sampling-noise.mde-warn-points} = 3: WARN when differences under 3 points cannot be detected</li>
 *   <li>{@code sampling-noise.mde-fail-points} = 10: FAIL above 10 points, or with fewer than two items</li>
 *   <li>and the analysis settings of {@link SamplingSettings} (alpha, power, adjustment, bootstrap, seed)</li>
 * </ul>
 * Exports {@code model-scores.csv} (model, n, mean, se, ci_low, ci_high, clustered_se, clusters) and
 * {@code pairwise.csv} (model_a, model_b, n, mean_a, mean_b, diff, se_diff, correlation, p_value, p_holm,
 * p_bh, distinguishable).
 */
public final class SamplingNoiseCheck implements Check {
    public static final String ID = "sampling-noise";
    public static final String MODEL_SCORES_CSV = "model-scores.csv";
    public static final String PAIRWISE_CSV = "pairwise.csv";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.TOO_FEW_EXAMPLES;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Results> results = context.results().filter(r -> r.size() > 0);
        if (results.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no results: sampling noise needs per-item scores of at least one model"));
        }
        SamplingNoiseReport report = SharedAnalyses.samplingNoise(context, results.get());
        AuditOptions options = context.options();
        double warn = options.getDouble("sampling-noise.mde-warn-points", 3.0);
        double fail = options.getDouble("sampling-noise.mde-fail-points", 10.0);
        double mdePoints = report.mde() * 100;
        Severity severity = Double.isNaN(mdePoints) || mdePoints > fail ? Severity.FAIL
                : mdePoints > warn ? Severity.WARN : Severity.PASS;
        Headline headline = report.pairs().isEmpty() ? new Headline("mde_points", cell(mdePoints))
                : new Headline("share_distinguishable", cell(report.shareDistinguishable()));
        return List.of(new Finding(ID, sin(), severity, headline,
                summary(report, inferredPassages(context)) + repeatNote(report, context, results.get()),
                leaderboardTable(report), List.of(),
                List.of(new Export(MODEL_SCORES_CSV, modelScores(report)), new Export(PAIRWISE_CSV, pairwise(report)))));
    }

    /**
     * The passages the score matrix found when the benchmark names no cluster ({@link PassageClusters}):
     * item id to passage; empty when the benchmark names clusters or there is none.
     */
    private static Map<String, String> inferredPassages(AuditContext context) {
        return context.benchmark().map(PassageClusters::infer).orElse(Map.of());
    }

    static String summary(SamplingNoiseReport report, Map<String, String> inferredPassages) {
        StringBuilder s = new StringBuilder();
        SamplingSettings settings = report.settings();
        String conditions = " (" + Numbers.percent(settings.power()) + " power, alpha " + settings.alpha() + ")";
        if (Double.isNaN(report.mde())) {
            return "With " + report.items() + " item(s) there is no standard error: the benchmark cannot tell any "
                    + "difference from noise.";
        }
        s.append("With ").append(Numbers.count(report.items())).append(" items, ");
        if (report.mde() >= 1) {
            s.append("no difference between two scores can be told apart: the smallest detectable one, ")
                    .append(Numbers.points(report.mde())).append(" points, exceeds the whole scale").append(conditions);
        } else {
            s.append("differences under ").append(Numbers.points(report.mde())).append(" points cannot be told apart")
                    .append(conditions);
        }
        if (report.pairs().isEmpty()) {
            ModelScore only = report.models().get(0);
            s.append("; ").append(only.model()).append(" scores ").append(Numbers.points(only.mean())).append("% +- ")
                    .append(Numbers.points(only.ci().halfWidth())).append(" points (")
                    .append(Numbers.percent(settings.confidence())).append(" CI).");
        } else {
            long ties = report.ties();
            s.append("; ").append(Numbers.count(ties)).append(" of ").append(Numbers.count(report.pairs().size()))
                    .append(" model pairs (").append(Numbers.percent(ties / (double) report.pairs().size()))
                    .append(") are statistical ties (").append(settings.adjustment() == Adjustment.HOLM ? "Holm" : "BH")
                    .append("-adjusted p >= ").append(settings.alpha()).append(")");
            int groups = report.leaderboard().groups();
            int models = report.models().size();
            s.append(groups == models ? "; every model is told apart from the next."
                    : "; the " + models + " models form " + groups + " groups of statistically tied models.");
        }
        report.itemsForTarget().ifPresent(n -> s.append(" Telling apart differences of ")
                .append(Numbers.points(settings.targetEffect())).append(" points would take about ")
                .append(Numbers.count(n)).append(" items."));
        clusterNote(report, inferredPassages, s);
        samplingNote(report, s);
        return s.toString();
    }

    private static void clusterNote(SamplingNoiseReport report, Map<String, String> inferredPassages, StringBuilder s) {
        double inflation = report.models().stream().filter(m -> m.clusters() > 0 && m.se() > 0)
                .mapToDouble(m -> m.clusteredSe() / m.se()).average().orElse(Double.NaN);
        if (Double.isNaN(inflation)) {
            return;
        }
        if (inferredPassages.isEmpty()) {
            s.append(" Items form ").append(report.models().get(0).clusters()).append(" clusters");
        } else {
            s.append(" The benchmark names no clusters, but ").append(Numbers.count(inferredPassages.size()))
                    .append(" items open with a passage they share with others (")
                    .append(Texts.plural(new HashSet<>(inferredPassages.values()).size(), "passage", "passages"))
                    .append(", found from the question text), so they count as clusters");
        }
        s.append("; clustered standard errors are on average ").append(Numbers.fixed(inflation, 2))
                .append("x the independent-item ones.");
    }

    private static void samplingNote(SamplingNoiseReport report, StringBuilder s) {
        List<SampleSplit> splits = report.models().stream().map(ModelScore::samples).filter(Objects::nonNull).toList();
        if (!splits.isEmpty()) {
            double k = splits.stream().mapToDouble(SampleSplit::samplesPerItem).average().orElseThrow();
            double shrink = 1 - splits.stream().mapToDouble(SampleSplit::shrinkIfDoubled).average().orElseThrow();
            s.append(" Items were answered ").append(Numbers.fixed(k, 1)).append(" times on average; twice as many ")
                    .append("answers per item would shrink the standard error by ").append(Numbers.percent(shrink))
                    .append(", more items by far more.");
        }
    }

    /**
     * When items were answered more than once, whether some answers are exact copies (a results file given
     * twice looks like two samples per item).
     */
    private static String repeatNote(SamplingNoiseReport report, AuditContext context, Results results) {
        if (report.models().stream().allMatch(m -> m.samples() == null)) {
            return "";
        }
        int copies = RepeatedResponses.byItem(context, results).values().stream().mapToInt(Integer::intValue).sum();
        return copies == 0 ? "" : " " + Numbers.count(copies) + " of these answers repeat an earlier one exactly "
                + "(same model, template, sample and response): a results file given twice? They count as answers here.";
    }

    /** The leaderboard; with repeated answers also Miller's section 3 figures: K, SE(2K) and SE(infinite K). */
    private static Table leaderboardTable(SamplingNoiseReport report) {
        boolean repeats = report.models().stream().anyMatch(m -> m.samples() != null);
        List<String> columns = new ArrayList<>(List.of("rank", "model", "n", "mean", "se", "ci_low", "ci_high",
                "tied_group"));
        if (repeats) {
            columns.addAll(List.of("answers_per_item", "se_if_doubled", "se_limit"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < report.models().size(); r++) {
            ModelScore m = report.models().get(r);
            Leaderboard.Entry e = report.leaderboard().entries().get(r);
            List<Object> row = new ArrayList<>(Arrays.asList(e.rank(), m.model(), m.n(), cell(m.mean()), cell(m.se()),
                    cell(m.ci().low()), cell(m.ci().high()), e.group()));
            if (repeats) {
                SampleSplit split = m.samples();
                row.addAll(split == null ? Arrays.asList(null, null, null) : List.of(split.samplesPerItem(),
                        split.seWithSamples(2 * split.samplesPerItem()), split.seLimit()));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    static Table modelScores(SamplingNoiseReport report) {
        Table.Builder table = Table.of("model", "n", "mean", "se", "ci_low", "ci_high", "clustered_se", "clusters");
        for (ModelScore m : report.models()) {
            table.row(m.model(), m.n(), cell(m.mean()), cell(m.se()), cell(m.ci().low()), cell(m.ci().high()),
                    cell(m.clusteredSe()), m.clusters());
        }
        return table.build();
    }

    static Table pairwise(SamplingNoiseReport report) {
        Table.Builder table = Table.of("model_a", "model_b", "n", "mean_a", "mean_b", "diff", "se_diff", "correlation",
                "p_value", "p_holm", "p_bh", "distinguishable");
        for (PairComparison p : report.pairs()) {
            table.row(p.modelA(), p.modelB(), p.n(), cell(p.meanA()), cell(p.meanB()), cell(p.diff()), cell(p.seDiff()),
                    cell(p.correlation()), p.pValue(), p.pHolm(), p.pBh(), p.distinguishable());
        }
        return table.build();
    }
}
