package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.ModelInfo;

/**
 * Sin 2, suspect gold labels ({@link LabelNoise}). Headline {@code label_error_rate}: the estimated share
 * of items whose gold is wrong; the summary adds its interval, the verdict counts and the damaged stretches
 * of the key; the table lists the models as annotators (accuracy, agreement with the gold, vote weight).
 * Flags the items whose verdict blames the key, most suspect first, and exports {@code suspect-labels.csv}
 * with every item that has at least one response, most suspect first: rank, item_id, suspicion,
 * probability_wrong, verdict, gold, suggested_answer, support, models, model_accuracies, explanation
 * (suspicion orders the list; probability_wrong is the vote model's probability that the gold is wrong, which
 * the verdict and the error rate use; see {@link SuspectItem}). When the benchmark card marks models
 * {@code strong}, the explanation of every item that blames the key names the strong models that give the
 * suggested answer.
 *
 * <p>Options (besides the {@link LabelNoiseSettings} thresholds):
 * <ul>
 *   <li>{@code labels.flag-max} = 50: at most this many flagged items in the report (the CSV has all);</li>
 *   <li>{@code labels.warn-rate} = 0.01 and {@code labels.fail-rate} = 0.05: WARN when the estimated
 *       label-error rate reaches 1%, FAIL at 5% (MMLU-Redux found 6.5% of MMLU flawed); PASS below.</li>
 * </ul>
 */
public final class SuspectLabelsCheck implements Check {
    public static final String ID = "suspect-labels";
    public static final String FLAG_MAX = "labels.flag-max";
    public static final String WARN_RATE = "labels.warn-rate";
    public static final String FAIL_RATE = "labels.fail-rate";
    public static final String EXPORT_FILE = "suspect-labels.csv";
    /**
     * Columns of {@value #EXPORT_FILE}; {@code model_accuracies} are the estimated accuracies of the models in
     * {@code models}, in the same order, to three decimals (the report's table has them in full).
     */
    public static final List<String> EXPORT_COLUMNS = List.of("rank", "item_id", "suspicion", "probability_wrong",
            "verdict", "gold", "suggested_answer", "support", "models", "model_accuracies", "explanation");
    public static final String SUBJECTS_FILE = "label-errors-by-subject.csv";
    /** Columns of {@value #SUBJECTS_FILE}, one row per subject, highest estimated rate first. */
    public static final List<String> SUBJECT_COLUMNS = List.of("subject", "items", "estimated_wrong", "estimated_rate",
            "flagged");
    /** Subjects named in the summary. */
    private static final int SUBJECTS_SHOWN = 3;
    private static final Comparator<SubjectErrorRate> HIGHEST_RATE_FIRST =
            Comparator.comparingDouble(SubjectErrorRate::rate).reversed().thenComparing(SubjectErrorRate::subject);

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
        if (context.benchmark().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark was given, so gold labels were not checked"));
        }
        if (context.results().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no model results were given: suspect gold labels are found "
                    + "from the answers models give"));
        }
        Optional<LabelNoiseResult> analysed = LabelNoise.shared(context);
        LabelNoiseResult result = analysed.orElseThrow();
        if (result.ranking().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark item has a model response, so gold labels "
                    + "could not be checked"));
        }
        int flagMax = context.options().getInt(FLAG_MAX, 50);
        double warn = context.options().getDouble(WARN_RATE, 0.01);
        double fail = context.options().getDouble(FAIL_RATE, 0.05);
        ErrorRate rate = result.errorRate();
        Severity severity = rate.rate() >= fail ? Severity.FAIL : rate.rate() >= warn ? Severity.WARN : Severity.PASS;
        Set<String> strong = strongModels(context);
        return List.of(new Finding(ID, sin(), severity, new Headline("label_error_rate", rate.rate()),
                summary(result), reliabilityTable(result), flagged(result, flagMax, strong),
                List.of(new Export(EXPORT_FILE, export(result, strong)), new Export(SUBJECTS_FILE, subjects(result)))));
    }

    /** The models the card marks {@code strong} that answered at least one item. */
    private static Set<String> strongModels(AuditContext context) {
        Set<String> answered = new HashSet<>(context.results().orElseThrow().models().list());
        return context.card().map(card -> card.models().values().stream().filter(ModelInfo::strong)
                .map(ModelInfo::name).filter(answered::contains).collect(Collectors.toCollection(TreeSet::new)))
                .orElseGet(TreeSet::new);
    }

    /**
     * An item's explanation, with the strong models of the card (when it marks any) among the models that give
     * the suggested answer: the card's word on which agreement counts most, next to the reliabilities that the
     * analysis estimates from the answers alone.
     */
    private static String explanation(SuspectItem item, Set<String> strong) {
        if (strong.isEmpty() || !item.verdict().blamesKey() || item.suggestedAnswer() == null) {
            return item.explanation();
        }
        List<String> agreeing = item.models().stream().filter(strong::contains).sorted().toList();
        return item.explanation() + "; strong models (card) giving " + item.suggestedAnswer() + ": "
                + (agreeing.isEmpty() ? "none" : agreeing.size() + " of " + strong.size() + " ("
                + String.join(", ", agreeing) + ")");
    }

    private static String summary(LabelNoiseResult result) {
        ErrorRate rate = result.errorRate();
        long blamed = result.suspects().size();
        String text = String.format(Locale.ROOT, "An estimated %.1f%% of the %d answered items have a wrong gold "
                        + "(95%% CI %.1f%% to %.1f%%, bootstrap over %ss), so no model can score above about %.1f%%. "
                        + "%d items are flagged (%d gold wrong, %d with no or several valid answers, %d in a shifted "
                        + "key); %d more look too hard rather than wrong.",
                100 * rate.rate(), rate.items(), 100 * rate.lower(), 100 * rate.upper(), rate.resampledUnit(),
                100 * (1 - rate.rate()), blamed, result.count(Verdict.GOLD_WRONG),
                result.count(Verdict.NO_VALID_OR_MULTIPLE), result.count(Verdict.KEY_SHIFT),
                result.count(Verdict.TOO_HARD));
        List<KeyRun> runs = result.keyRuns().stream().filter(KeyRun::inRuns).toList();
        List<KeyRun> scattered = result.keyRuns().stream().filter(run -> !run.inRuns()).toList();
        if (!runs.isEmpty()) {
            text += " The key looks damaged in " + runs.size() + " stretch" + (runs.size() == 1 ? "" : "es") + ": "
                    + listed(runs) + ".";
        }
        if (!scattered.isEmpty()) {
            text += " Many wrong keys, but not in runs, in: " + listed(scattered) + ".";
        }
        if (result.subjects().size() > 1) {
            List<String> highest = result.subjects().stream().sorted(HIGHEST_RATE_FIRST).limit(SUBJECTS_SHOWN)
                    .map(s -> String.format(Locale.ROOT, "%s %.1f%% (%d flagged)", s.subject(), 100 * s.rate(), s.flagged()))
                    .toList();
            text += " Highest estimated rates by subject: " + String.join(", ", highest) + ".";
        }
        return text;
    }

    /** The first three stretches, "first to last (what)", and "..." when there are more. */
    private static String listed(List<KeyRun> runs) {
        List<String> shown = runs.stream().limit(3)
                .map(run -> run.firstItem() + " to " + run.lastItem() + " (" + describe(run) + ")").toList();
        return String.join(", ", shown) + (runs.size() > 3 ? ", ..." : "");
    }

    private static String describe(KeyRun run) {
        if (run.kind() != KeyRun.Kind.CORRUPTED) {
            return "shifted by one";
        }
        if (Double.isNaN(run.pValue())) {
            return "corrupted";
        }
        String p = String.format(Locale.ROOT, "permutation p = %.2f", run.pValue());
        return run.inRuns() ? "corrupted; " + p : p;
    }

    /** {@value #SUBJECTS_FILE}: every subject, highest estimated rate first. */
    private static Table subjects(LabelNoiseResult result) {
        Table.Builder table = Table.of(SUBJECT_COLUMNS.toArray(String[]::new));
        result.subjects().stream().sorted(HIGHEST_RATE_FIRST)
                .forEach(s -> table.row(s.subject(), s.items(), s.estimatedWrong(), s.rate(), s.flagged()));
        return table.build();
    }

    /** The models as annotators, most accurate first. */
    private static Table reliabilityTable(LabelNoiseResult result) {
        Table.Builder table = Table.of("model", "accuracy", "gold_agreement", "vote_weight", "votes");
        result.models().stream()
                .sorted(java.util.Comparator.comparingDouble(ModelReliability::accuracy).reversed()
                        .thenComparing(ModelReliability::model))
                .forEach(m -> table.row(m.model(), m.accuracy(), Double.isNaN(m.goldAgreement()) ? null : m.goldAgreement(),
                        m.weight(), m.votes()));
        return table.build();
    }

    private static List<FlaggedItem> flagged(LabelNoiseResult result, int max, Set<String> strong) {
        List<FlaggedItem> items = new ArrayList<>();
        for (SuspectItem item : result.suspects()) {
            if (items.size() >= max) {
                break;
            }
            items.add(new FlaggedItem(item.itemId(), item.suspicion(), item.verdict().label() + ": "
                    + explanation(item, strong)));
        }
        return items;
    }

    /** The full ranking as {@value #EXPORT_FILE}. */
    private static Table export(LabelNoiseResult result, Set<String> strong) {
        Map<String, Double> accuracy = new HashMap<>();
        result.models().forEach(m -> accuracy.put(m.model(), Math.round(m.accuracy() * 1000) / 1000.0));
        List<List<Object>> rows = new ArrayList<>(result.ranking().size());
        for (SuspectItem item : result.ranking()) {
            List<Double> accuracies = item.models().stream().map(accuracy::get).toList();
            rows.add(java.util.Arrays.asList(item.rank(), item.itemId(), item.suspicion(), item.probabilityWrong(),
                    item.verdict().label(), item.gold(), item.suggestedAnswer(), item.support(), item.models(),
                    accuracies, explanation(item, strong)));
        }
        return new Table(EXPORT_COLUMNS, rows);
    }
}
