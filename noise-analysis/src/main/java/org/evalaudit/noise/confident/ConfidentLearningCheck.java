package org.evalaudit.noise.confident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 2, suspect gold labels by {@link ConfidentLearning}, when the results carry per-choice probabilities.
 * Headline {@code estimated_error_rate}: the share of wrong golds the calibrated confident joint implies.
 * The table is the confident joint (gold by confident answer); flagged items are the label issues; the
 * export {@value #EXPORT_FILE} lists every item with probabilities, issues first: rank, item_id, gold,
 * confident_answer, self_confidence, margin, responses, issue.
 *
 * <p>Options: {@code confident-learning.warn-rate} = 0.01 and {@code confident-learning.fail-rate} = 0.05
 * (as for {@code suspect-labels}); {@code confident-learning.flag-max} = 50 flagged items in the report.
 */
public final class ConfidentLearningCheck implements Check {
    public static final String ID = "confident-learning";
    public static final String EXPORT_FILE = "confident-learning.csv";
    public static final List<String> EXPORT_COLUMNS = List.of("rank", "item_id", "gold", "confident_answer",
            "self_confidence", "margin", "responses", "issue");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.LOW_QUALITY;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        if (context.benchmark().isEmpty() || context.results().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "needs a benchmark and model results with per-choice "
                    + "probabilities"));
        }
        Results results = context.results().get();
        if (!results.hasProbabilities()) {
            return List.of(Finding.notAssessed(ID, sin(), "the results carry no per-choice probabilities (a probs or "
                    + "logprobs column, or lm-evaluation-harness log-likelihoods), which confident learning needs"));
        }
        ConfidentLearningResult result = ConfidentLearning.analyze(context.benchmark().get(), results);
        if (result.items().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no multiple-choice item with a valid gold has a response "
                    + "with one probability per choice"));
        }
        double rate = result.estimatedErrorRate();
        double warn = context.options().getDouble("confident-learning.warn-rate", 0.01);
        double fail = context.options().getDouble("confident-learning.fail-rate", 0.05);
        int flagMax = context.options().getInt("confident-learning.flag-max", 50);
        Severity severity = rate >= fail ? Severity.FAIL : rate >= warn ? Severity.WARN : Severity.PASS;
        String summary = String.format(Locale.ROOT, "From the probabilities models give each choice, an estimated "
                        + "%.1f%% of the %d items have a wrong gold (confident learning); %d items are label issues "
                        + "(their probabilities clear the usual level of a choice other than the gold).", 100 * rate,
                result.items().size(), result.issues().size());
        return List.of(new Finding(ID, sin(), severity, new Headline("estimated_error_rate", rate), summary,
                jointTable(result), flagged(result, flagMax), List.of(new Export(EXPORT_FILE, export(result)))));
    }

    private static Table jointTable(ConfidentLearningResult result) {
        long[][] joint = result.confidentJoint();
        List<String> columns = new ArrayList<>(List.of("gold", "threshold"));
        for (int j = 0; j < joint.length; j++) {
            columns.add("confident_" + Item.letter(j));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < joint.length; i++) {
            List<Object> row = new ArrayList<>(List.of(Item.letter(i)));
            double t = result.thresholds()[i];
            row.add(Double.isNaN(t) ? null : t);
            for (long count : joint[i]) {
                row.add(count);
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    private static List<FlaggedItem> flagged(ConfidentLearningResult result, int max) {
        return result.issues().stream().limit(max).map(c -> new FlaggedItem(c.itemId(), 1 - c.selfConfidence(),
                String.format(Locale.ROOT, "models put %s above its usual level (gold %s gets %.2f)",
                        Item.letter(c.confident()), Item.letter(c.given()), c.selfConfidence()))).toList();
    }

    static Table export(ConfidentLearningResult result) {
        List<List<Object>> rows = new ArrayList<>();
        int rank = 0;
        for (ItemConfidence c : result.items()) {
            rows.add(java.util.Arrays.asList(++rank, c.itemId(), Item.letter(c.given()),
                    c.confident() < 0 ? null : Item.letter(c.confident()), c.selfConfidence(), c.margin(),
                    c.responses(), c.isIssue()));
        }
        return new Table(EXPORT_COLUMNS, rows);
    }
}
