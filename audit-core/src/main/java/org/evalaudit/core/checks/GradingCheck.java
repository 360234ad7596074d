package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 6, incorrect grading: per model, the responses whose grade cannot be trusted.
 * <ul>
 *   <li>{@code unparseable}: abstentions, responses whose extracted answer is null (scored 0, never
 *   dropped). Needs results that carry answers; score-only results have none ({@link
 *   Results#hasAnswers()}) and show null.</li>
 *   <li>{@code strict_lenient_disagree}: the raw response re-graded twice, with {@link
 *   AnswerMatcher#extractStrict} and {@link AnswerMatcher#extractLenient}, each judged by {@link
 *   AnswerMatcher#matches}; the two verdicts differ. Such a grade depends on how forgiving the parser
 *   is rather than on the model.</li>
 *   <li>{@code gold_in_response_scored_wrong}: responses scored 0 whose raw text states the gold answer
 *   ({@link GoldMention}).</li>
 * </ul>
 * The last two need raw responses and the benchmark; without them they are null. A response counts
 * once towards its model's suspect rate however many of the three apply. Flagged items are those with a
 * re-grading suspect (disagreement or gold stated yet scored 0), most suspect responses first.
 *
 * <p>Headline {@code max_suspect_rate}: the largest share of suspect responses of any model. Severity:
 * FAIL when it is at least {@code grading.fail-rate} (default 0.10), WARN when at least {@code
 * grading.warn-rate} (default 0.02), PASS otherwise. NOT_ASSESSED without results, or when the results
 * carry only scores and cannot be re-graded.
 */
public final class GradingCheck implements Check {
    public static final String ID = "grading";
    public static final String WARN_RATE = "grading.warn-rate";
    public static final String FAIL_RATE = "grading.fail-rate";
    public static final double DEFAULT_WARN_RATE = 0.02;
    public static final double DEFAULT_FAIL_RATE = 0.10;
    private static final String[] COLUMNS = {"model", "responses", "unparseable", "unparseable_rate",
        "strict_lenient_disagree", "gold_in_response_scored_wrong", "disagree_examples", "gold_in_response_examples"};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.INCORRECT_GRADING;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Results> maybeResults = context.results();
        if (maybeResults.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no results were given, so grading cannot be checked"));
        }
        Results results = maybeResults.get();
        Benchmark benchmark = context.benchmark().orElse(null);
        boolean regrade = benchmark != null && results.hasResponses();
        if (!results.hasAnswers() && !regrade) {
            return List.of(Finding.notAssessed(ID, sin(), "the results carry only scores, with neither extracted "
                    + "answers nor raw responses and the benchmark, so grading cannot be checked"));
        }
        Tally tally = new Tally(results, regrade ? ResultItems.of(results, benchmark) : null);
        for (int row = 0; row < results.size(); row++) {
            tally.add(row);
        }
        return List.of(finding(context, results, benchmark, regrade, tally));
    }

    private Finding finding(AuditContext context, Results results, Benchmark benchmark, boolean regrade, Tally t) {
        Table.Builder table = Table.of(COLUMNS);
        int worst = 0;
        for (int m = 0; m < t.models; m++) {
            if (t.rate(m) > t.rate(worst)) {
                worst = m;
            }
            boolean answers = results.hasAnswers();
            table.row(results.models().get(m), t.responses[m], answers ? (Object) t.unparseable[m] : null,
                    answers ? (Object) (t.unparseable[m] / (double) t.responses[m]) : null,
                    regrade ? (Object) t.disagree[m] : null, regrade ? (Object) t.goldWrong[m] : null,
                    t.disagreeExamples.get(m), t.goldWrongExamples.get(m));
        }
        double maxRate = t.models == 0 ? 0 : t.rate(worst);
        double warnRate = context.options().getDouble(WARN_RATE, DEFAULT_WARN_RATE);
        double failRate = context.options().getDouble(FAIL_RATE, DEFAULT_FAIL_RATE);
        Severity severity = maxRate >= failRate ? Severity.FAIL : maxRate >= warnRate ? Severity.WARN : Severity.PASS;
        return new Finding(ID, sin(), severity, new Headline("max_suspect_rate", maxRate),
                summary(results, benchmark, regrade, t, worst), table.build(), flagged(results, benchmark, t),
                List.of());
    }

    private static String summary(Results results, Benchmark benchmark, boolean regrade, Tally t, int worst) {
        long total = results.size();
        StringBuilder s = new StringBuilder();
        if (t.models == 0 || t.suspect[worst] == 0) {
            s.append("None of the ").append(Texts.plural(total, "response", "responses")).append(" is suspect");
        } else {
            StringJoiner parts = new StringJoiner(", ");
            if (results.hasAnswers()) {
                parts.add(Texts.plural(t.unparseable[worst], "unparseable answer", "unparseable answers"));
            }
            if (regrade) {
                parts.add(Texts.plural(t.disagree[worst], "response", "responses") + " graded differently by strict "
                        + "and lenient parsing");
                parts.add(Texts.plural(t.goldWrong[worst], "response", "responses") + " stating the gold yet scored 0");
            }
            s.append("Up to ").append(Texts.percent(t.rate(worst))).append(" of a model's grades are suspect (")
                    .append(results.models().get(worst)).append(": ").append(parts).append(')');
            if (results.hasAnswers()) {
                s.append("; ").append(Texts.count(sum(t.unparseable))).append(" of ").append(Texts.count(total))
                        .append(" responses in all were unparseable");
            }
            s.append(". Scores count these as wrong or right by the parser's whim, so part of a gap between "
                    + "models may be the grader's, not the models'");
        }
        s.append('.');
        if (!regrade) {
            s.append(benchmark == null ? " No benchmark was given" : " The results carry no raw responses")
                    .append(", so responses were not re-graded.");
        } else if (!results.hasAnswers()) {
            s.append(" The results carry no extracted answers, so unparseable answers were not counted.");
        }
        return s.toString();
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static List<FlaggedItem> flagged(Results results, Benchmark benchmark, Tally t) {
        List<FlaggedItem> items = new ArrayList<>();
        for (Map.Entry<Integer, ItemSuspects> entry : t.byItem.entrySet()) {
            String id = results.items().get(entry.getKey());
            ItemSuspects s = entry.getValue();
            StringJoiner reason = new StringJoiner("; ");
            if (s.goldWrong > 0) {
                reason.add("states the gold answer yet scored 0: " + Texts.plural(s.goldWrong, "response", "responses")
                        + " (" + names(s.goldWrongModels) + ")");
            }
            if (s.disagree > 0) {
                reason.add("strict and lenient re-grading disagree: " + Texts.plural(s.disagree, "response", "responses")
                        + " (" + names(s.disagreeModels) + ")");
            }
            String question = benchmark.item(id).map(Item::question).orElse("");
            items.add(new FlaggedItem(id, (double) (s.goldWrong + s.disagree),
                    reason + " — question: \"" + Texts.excerpt(question) + "\""));
        }
        items.sort(Comparator.comparing(FlaggedItem::score).reversed());
        return items;
    }

    private static String names(Set<String> models) {
        List<String> all = List.copyOf(models);
        return String.join(", ", Texts.firstFew(all)) + (all.size() > Texts.EXAMPLES ? " and others" : "");
    }

    /** Per-model counts and per-item suspects, filled one response at a time. */
    private static final class Tally {
        final Results results;
        final Item[] items;
        final GoldMention[] mentions;
        final int models;
        final long[] responses;
        final long[] unparseable;
        final long[] disagree;
        final long[] goldWrong;
        final long[] suspect;
        final List<List<String>> disagreeExamples = new ArrayList<>();
        final List<List<String>> goldWrongExamples = new ArrayList<>();
        final Map<Integer, ItemSuspects> byItem = new LinkedHashMap<>();

        Tally(Results results, Item[] itemsOrNull) {
            this.results = results;
            this.items = itemsOrNull;
            this.mentions = itemsOrNull == null ? null : new GoldMention[itemsOrNull.length];
            this.models = results.models().size();
            this.responses = new long[models];
            this.unparseable = new long[models];
            this.disagree = new long[models];
            this.goldWrong = new long[models];
            this.suspect = new long[models];
            for (int m = 0; m < models; m++) {
                disagreeExamples.add(new ArrayList<>());
                goldWrongExamples.add(new ArrayList<>());
            }
        }

        void add(int row) {
            int m = results.model(row);
            responses[m]++;
            boolean abstained = results.isAbstention(row);
            if (abstained) {
                unparseable[m]++;
            }
            int itemNumber = results.item(row);
            Item item = items == null ? null : items[itemNumber];
            String raw = results.response(row);
            boolean disagrees = false;
            boolean statesGold = false;
            if (item != null && raw != null) {
                disagrees = gradingsDisagree(raw, item);
                statesGold = results.score(row) == 0.0 && mention(itemNumber, item).statedIn(raw);
            }
            if (disagrees) {
                disagree[m]++;
                example(disagreeExamples.get(m), item.id());
                byItem.computeIfAbsent(itemNumber, k -> new ItemSuspects()).disagree(results.models().get(m));
            }
            if (statesGold) {
                goldWrong[m]++;
                example(goldWrongExamples.get(m), item.id());
                byItem.computeIfAbsent(itemNumber, k -> new ItemSuspects()).goldWrong(results.models().get(m));
            }
            if (abstained || disagrees || statesGold) {
                suspect[m]++;
            }
        }

        double rate(int m) {
            return responses[m] == 0 ? 0 : suspect[m] / (double) responses[m];
        }

        private GoldMention mention(int itemNumber, Item item) {
            if (mentions[itemNumber] == null) {
                mentions[itemNumber] = GoldMention.of(item);
            }
            return mentions[itemNumber];
        }

        private static void example(List<String> examples, String itemId) {
            if (examples.size() < Texts.EXAMPLES) {
                examples.add(itemId);
            }
        }
    }

    /**
     * Whether strict and lenient re-grading of a raw response reach different verdicts. A multiple-choice
     * response that is only one of the item's choice letters (the common case of letter-only outputs) is
     * read as that letter by both parsers, so the two extractions are skipped for it; GradingCheckTest
     * checks this shortcut against the parsers for every letter. (A letter outside the choices is not
     * skipped: the lenient parser may read it as a choice's text.)
     */
    static boolean gradingsDisagree(String raw, Item item) {
        if (item.isMultipleChoice() && isChoiceLetter(raw, item.choices().size())) {
            return false;
        }
        return AnswerMatcher.matches(AnswerMatcher.extractStrict(raw, item), item)
                != AnswerMatcher.matches(AnswerMatcher.extractLenient(raw, item), item);
    }

    private static boolean isChoiceLetter(String raw, int choices) {
        String s = raw.strip();
        return s.length() == 1 && ResultItems.letterIndex(s) >= 0 && ResultItems.letterIndex(s) < choices;
    }

    /** Re-grading suspects among the responses to one item, with the models that gave them. */
    private static final class ItemSuspects {
        long disagree;
        long goldWrong;
        final Set<String> disagreeModels = new LinkedHashSet<>();
        final Set<String> goldWrongModels = new LinkedHashSet<>();

        void disagree(String model) {
            disagree++;
            disagreeModels.add(model);
        }

        void goldWrong(String model) {
            goldWrong++;
            goldWrongModels.add(model);
        }
    }
}
