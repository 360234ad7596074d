package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.stats.ChiSquareTest;

/**
 * Sin 2, answer-position bias. Two findings:
 * <ul>
 *   <li>{@code answer-position/gold}: how the gold letters of multiple-choice items spread over the
 *   choice positions, per number of choices, with Pearson's chi-square goodness-of-fit test against a
 *   uniform spread ({@link ChiSquareTest}). A skewed gold rewards a model that prefers a letter.</li>
 *   <li>{@code answer-position/models}: per model and number of choices, the letters the model answers
 *   against the gold letters of the same responses (expected count of letter j = responses whose gold
 *   is j), with the same test. Abstentions and answers that are not a letter within the choices are left
 *   out (column {@code other}).</li>
 * </ul>
 * A group is tested only when every expected count is at least 5 (Cochran's rule); untested groups show
 * a null p-value. Tests within a finding are Bonferroni-corrected: significant means
 * p &lt; alpha / (number of tested groups). The effect is the {@code excess}: the largest share by
 * which one position is over-represented (observed share − expected share, in [0, 1]).
 *
 * <p>Options and defaults: {@code answer-position.alpha} 0.01; gold WARN when a significant group has
 * excess ≥ {@code answer-position.warn-excess} 0.02, FAIL when ≥ {@code answer-position.fail-excess}
 * 0.10; a model counts as biased (models finding WARN) when a significant group has excess ≥
 * {@code answer-position.model-excess} 0.05.
 */
public final class AnswerPositionBiasCheck implements Check {
    public static final String ID = "answer-position";
    public static final String GOLD_ID = ID + "/gold";
    public static final String MODELS_ID = ID + "/models";
    public static final String ALPHA = "answer-position.alpha";
    public static final String WARN_EXCESS = "answer-position.warn-excess";
    public static final String FAIL_EXCESS = "answer-position.fail-excess";
    public static final String MODEL_EXCESS = "answer-position.model-excess";
    public static final double DEFAULT_ALPHA = 0.01;
    public static final double DEFAULT_WARN_EXCESS = 0.02;
    public static final double DEFAULT_FAIL_EXCESS = 0.10;
    public static final double DEFAULT_MODEL_EXCESS = 0.05;

    private static final String[] COLUMNS = {"source", "choices", "n", "counts", "top_position", "excess",
        "top_share", "expected_share", "chi2", "df", "p_value"};

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
        Optional<Benchmark> benchmark = context.benchmark();
        if (benchmark.isEmpty()) {
            String reason = "no benchmark was given, so gold answer positions are unknown";
            return List.of(Finding.notAssessed(GOLD_ID, sin(), reason), Finding.notAssessed(MODELS_ID, sin(), reason));
        }
        Map<Integer, long[]> goldByChoices = goldCounts(benchmark.get());
        if (goldByChoices.isEmpty()) {
            String reason = "the benchmark has no multiple-choice item with a valid gold letter";
            return List.of(Finding.notAssessed(GOLD_ID, sin(), reason), Finding.notAssessed(MODELS_ID, sin(), reason));
        }
        double alpha = context.options().getDouble(ALPHA, DEFAULT_ALPHA);
        Finding gold = goldFinding(goldByChoices, alpha, context.options().getDouble(WARN_EXCESS, DEFAULT_WARN_EXCESS),
                context.options().getDouble(FAIL_EXCESS, DEFAULT_FAIL_EXCESS));
        Finding models = context.results()
                .map(results -> modelsFinding(results, benchmark.get(), alpha,
                        context.options().getDouble(MODEL_EXCESS, DEFAULT_MODEL_EXCESS)))
                .orElse(Finding.notAssessed(MODELS_ID, sin(), "no results were given, so model answer letters are unknown"));
        return List.of(gold, models);
    }

    private static Map<Integer, long[]> goldCounts(Benchmark benchmark) {
        Map<Integer, long[]> counts = new TreeMap<>();
        for (Item item : benchmark.items()) {
            int gold = item.goldIndex();
            if (gold >= 0) {
                counts.computeIfAbsent(item.choices().size(), k -> new long[k])[gold]++;
            }
        }
        return counts;
    }

    private Finding goldFinding(Map<Integer, long[]> goldByChoices, double alpha, double warnExcess, double failExcess) {
        List<Group> groups = new ArrayList<>();
        goldByChoices.forEach((k, counts) -> {
            double[] expected = new double[k];
            Arrays.fill(expected, Arrays.stream(counts).sum() / (double) k);
            groups.add(Group.of("gold", counts, expected, 0));
        });
        Table table = table(groups, false);
        long tested = groups.stream().filter(Group::tested).count();
        if (tested == 0) {
            return new Finding(GOLD_ID, sin(), Severity.NOT_ASSESSED, Headline.none(),
                    "Too few multiple-choice items to test the spread of gold letters: the test needs at least 5 "
                            + "expected items per position (20 items with 4 choices).", table, List.of(), List.of());
        }
        double threshold = alpha / tested;
        Group worst = groups.stream().filter(Group::tested).max(Comparator.comparingDouble(Group::excess)).orElseThrow();
        Optional<Group> significant = groups.stream().filter(g -> g.significant(threshold))
                .max(Comparator.comparingDouble(Group::excess));
        Severity severity = Severity.PASS;
        if (significant.isPresent() && significant.get().excess() >= failExcess) {
            severity = Severity.FAIL;
        } else if (significant.isPresent() && significant.get().excess() >= warnExcess) {
            severity = Severity.WARN;
        }
        String summary = severity == Severity.PASS
                ? "Gold answers are spread evenly enough over the choice positions: the most over-represented "
                        + "position exceeds chance by " + points(worst.excess()) + " (" + describe(worst) + ")."
                : "Gold answers of the " + groupLabel(significant.get()) + " fall on " + Item.letter(significant.get().top)
                        + " " + Texts.percent(significant.get().topShare()) + " of the time against "
                        + Texts.percent(significant.get().expectedShare()) + " expected (chi-square p = "
                        + Texts.pValue(significant.get().pValue()) + "). A model that prefers "
                        + Item.letter(significant.get().top) + " gains points without knowing more; shuffle the "
                        + "choice order.";
        return new Finding(GOLD_ID, sin(), severity, new Headline("max_position_excess", worst.excess()), summary,
                table, List.of(), List.of());
    }

    private static String groupLabel(Group group) {
        return Texts.plural(group.n, "item", "items") + " with " + group.observed.length + " choices";
    }

    private static String describe(Group group) {
        return Item.letter(group.top) + " in " + Texts.percent(group.topShare()) + " of "
                + groupLabel(group) + ", chi-square p = " + Texts.pValue(group.pValue());
    }

    private static String points(double share) {
        return String.format(Locale.ROOT, "%.1f points", 100 * share);
    }

    private Finding modelsFinding(Results results, Benchmark benchmark, double alpha, double modelExcess) {
        Item[] items = ResultItems.of(results, benchmark);
        int models = results.models().size();
        int maxChoices = 0;
        for (Item item : items) {
            maxChoices = item == null ? maxChoices : Math.max(maxChoices, item.choices().size());
        }
        // indexed [choices][model][position]: no boxing in the per-response loop
        long[][][] observed = new long[maxChoices + 1][][];
        long[][][] expected = new long[maxChoices + 1][][];
        long[][] other = new long[maxChoices + 1][models];
        for (int row = 0; row < results.size(); row++) {
            Item item = items[results.item(row)];
            int gold = item == null ? -1 : item.goldIndex();
            if (gold < 0) {
                continue;
            }
            int k = item.choices().size();
            int model = results.model(row);
            int answer = ResultItems.letterIndex(results.answer(row));
            if (answer < 0 || answer >= k) {
                other[k][model]++;
                continue;
            }
            if (observed[k] == null) {
                observed[k] = new long[models][k];
                expected[k] = new long[models][k];
            }
            observed[k][model][answer]++;
            expected[k][model][gold]++;
        }
        List<Group> groups = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            for (int k = 0; k <= maxChoices; k++) {
                if (observed[k] != null && Arrays.stream(observed[k][m]).sum() > 0) {
                    double[] gold = Arrays.stream(expected[k][m]).asDoubleStream().toArray();
                    groups.add(Group.of(results.models().get(m), observed[k][m], gold, other[k][m]));
                }
            }
        }
        Table table = table(groups, true);
        long tested = groups.stream().filter(Group::tested).count();
        if (tested == 0) {
            return new Finding(MODELS_ID, sin(), Severity.NOT_ASSESSED, Headline.none(),
                    "No model gave enough letter answers to multiple-choice items to test its answer positions "
                            + "(at least 5 expected per position).", table, List.of(), List.of());
        }
        double threshold = alpha / tested;
        Set<String> biased = new LinkedHashSet<>();
        Group strongest = null;
        for (Group g : groups) {
            if (g.significant(threshold) && g.excess() >= modelExcess) {
                biased.add(g.source);
                if (strongest == null || g.excess() > strongest.excess()) {
                    strongest = g;
                }
            }
        }
        String summary = strongest == null
                ? "No model prefers an answer position beyond what the gold letters explain (no significant excess "
                        + "of " + points(modelExcess) + " or more over " + Texts.plural(models, "model", "models") + ")."
                : Texts.count(biased.size()) + " of " + Texts.plural(models, "model", "models") + " prefer one answer "
                        + "position beyond what the gold letters explain; the strongest, " + strongest.source
                        + ", answers " + Item.letter(strongest.top) + " " + Texts.percent(strongest.topShare())
                        + " of the time where the gold is " + Item.letter(strongest.top) + " "
                        + Texts.percent(strongest.expectedShare()) + " (p = " + Texts.pValue(strongest.pValue())
                        + "). Their scores move with where the gold sits, not only with what they know.";
        return new Finding(MODELS_ID, sin(), biased.isEmpty() ? Severity.PASS : Severity.WARN,
                new Headline("biased_models", (double) biased.size()), summary, table, List.of(), List.of());
    }

    private static Table table(List<Group> groups, boolean withOther) {
        List<String> columns = new ArrayList<>(Arrays.asList(COLUMNS));
        if (withOther) {
            columns.add("other");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Group g : groups) {
            List<Object> row = new ArrayList<>(Arrays.asList(g.source, (long) g.observed.length, g.n,
                    Arrays.stream(g.observed).boxed().toList(), Item.letter(g.top), g.excess(), g.topShare(),
                    g.expectedShare(), g.statistic(), g.degreesOfFreedom(), g.pValue()));
            if (withOther) {
                row.add(g.other);
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /**
     * One distribution: counts per position against expected counts. {@code test} is null when fewer
     * than two positions are expected at all (nothing to compare); the group is tested only when every
     * position is expected at least 5 times.
     */
    private record Group(String source, long[] observed, double[] expected, long n, int top,
                         ChiSquareTest.Result test, long other) {

        static Group of(String source, long[] observed, double[] expected, long other) {
            long n = Arrays.stream(observed).sum();
            int top = 0;
            for (int j = 1; j < observed.length; j++) {
                if (observed[j] - expected[j] > observed[top] - expected[top]) {
                    top = j;
                }
            }
            boolean comparable = Arrays.stream(expected).filter(e -> e > 0).count() >= 2;
            return new Group(source, observed, expected, n, top,
                    comparable ? ChiSquareTest.goodnessOfFit(observed, expected) : null, other);
        }

        boolean tested() {
            return test != null && Arrays.stream(expected).allMatch(e -> e >= ChiSquareTest.MIN_EXPECTED);
        }

        Double statistic() {
            return test == null ? null : test.statistic();
        }

        Long degreesOfFreedom() {
            return test == null ? null : (long) test.degreesOfFreedom();
        }

        Double pValue() {
            return tested() ? test.pValue() : null;
        }

        boolean significant(double threshold) {
            return tested() && test.pValue() < threshold;
        }

        double topShare() {
            return observed[top] / (double) n;
        }

        double expectedShare() {
            return expected[top] / n;
        }

        double excess() {
            return topShare() - expectedShare();
        }
    }
}
