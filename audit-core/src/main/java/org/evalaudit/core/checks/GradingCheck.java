package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 6, incorrect grading: per model, the responses whose grade cannot be trusted.
 * <ul>
 *   <li>{@code unparseable}: abstentions, i.e. responses whose extracted answer is null (scored 0,
 *   never dropped). Needs results only.</li>
 *   <li>{@code gold_in_response_scored_wrong}: responses scored 0 whose raw text states the gold
 *   answer ({@link GoldMention}). Needs raw responses and the benchmark.</li>
 * </ul>
 * A response counts once towards a model's suspect rate however many of these apply. Flagged items are
 * those with a gold-in-response suspect, most suspect responses first.
 *
 * <p>Headline {@code max_suspect_rate}: the largest share of suspect responses of any model.
 * Severity: FAIL when it is at least {@code grading.fail-rate} (default 0.10), WARN when at least
 * {@code grading.warn-rate} (default 0.02), PASS otherwise. NOT_ASSESSED without results.
 */
public final class GradingCheck implements Check {
    public static final String ID = "grading";
    public static final String WARN_RATE = "grading.warn-rate";
    public static final String FAIL_RATE = "grading.fail-rate";
    public static final double DEFAULT_WARN_RATE = 0.02;
    public static final double DEFAULT_FAIL_RATE = 0.10;

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
        Item[] items = benchmark == null ? null : ResultItems.of(results, benchmark);
        int models = results.models().size();
        long[] responses = new long[models];
        long[] unparseable = new long[models];
        long[] goldWrong = new long[models];
        long[] suspect = new long[models];
        List<List<String>> goldWrongExamples = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            goldWrongExamples.add(new ArrayList<>());
        }
        Map<Integer, Suspects> byItem = new LinkedHashMap<>();
        GoldMention[] mentions = new GoldMention[results.items().size()];
        for (int row = 0; row < results.size(); row++) {
            int m = results.model(row);
            responses[m]++;
            boolean abstained = results.isAbstention(row);
            boolean statesGold = false;
            Item item = regrade ? items[results.item(row)] : null;
            if (item != null && results.score(row) == 0.0 && mention(mentions, results.item(row), item)
                    .statedIn(results.response(row))) {
                statesGold = true;
                goldWrong[m]++;
                if (goldWrongExamples.get(m).size() < Texts.EXAMPLES) {
                    goldWrongExamples.get(m).add(item.id());
                }
                byItem.computeIfAbsent(results.item(row), k -> new Suspects()).add(results.models().get(m));
            }
            if (abstained || statesGold) {
                suspect[m]++;
            }
            if (abstained) {
                unparseable[m]++;
            }
        }
        Table.Builder table = Table.of("model", "responses", "unparseable", "unparseable_rate",
                "gold_in_response_scored_wrong", "gold_in_response_examples");
        double maxRate = 0;
        int worst = 0;
        for (int m = 0; m < models; m++) {
            double rate = responses[m] == 0 ? 0 : suspect[m] / (double) responses[m];
            if (rate > maxRate) {
                maxRate = rate;
                worst = m;
            }
            table.row(results.models().get(m), responses[m], unparseable[m], unparseable[m] / (double) responses[m],
                    regrade ? (Object) goldWrong[m] : null, goldWrongExamples.get(m));
        }
        double warnRate = context.options().getDouble(WARN_RATE, DEFAULT_WARN_RATE);
        double failRate = context.options().getDouble(FAIL_RATE, DEFAULT_FAIL_RATE);
        Severity severity = maxRate >= failRate ? Severity.FAIL : maxRate >= warnRate ? Severity.WARN : Severity.PASS;
        String summary = summary(results, regrade, benchmark, maxRate, worst, unparseable, goldWrong, responses);
        return List.of(new Finding(ID, sin(), severity, new Headline("max_suspect_rate", maxRate), summary,
                table.build(), flagged(results, benchmark, byItem), List.of()));
    }

    private static GoldMention mention(GoldMention[] cache, int itemNumber, Item item) {
        if (cache[itemNumber] == null) {
            cache[itemNumber] = GoldMention.of(item);
        }
        return cache[itemNumber];
    }

    private static String summary(Results results, boolean regrade, Benchmark benchmark, double maxRate, int worst,
                                  long[] unparseable, long[] goldWrong, long[] responses) {
        long totalUnparseable = Arrays.stream(unparseable).sum();
        long totalResponses = Arrays.stream(responses).sum();
        StringBuilder s = new StringBuilder();
        if (maxRate == 0) {
            s.append("Every one of the ").append(Texts.count(totalResponses))
                    .append(" responses was parsed").append(regrade ? " and none scored 0 states the gold answer" : "");
        } else {
            s.append("Up to ").append(Texts.percent(maxRate)).append(" of a model's grades are suspect (")
                    .append(results.models().get(worst)).append(": ")
                    .append(Texts.plural(unparseable[worst], "unparseable answer", "unparseable answers"));
            if (regrade) {
                s.append(", ").append(Texts.plural(goldWrong[worst], "response", "responses"))
                        .append(" stating the gold yet scored 0");
            }
            s.append("); ").append(Texts.count(totalUnparseable)).append(" of ").append(Texts.count(totalResponses))
                    .append(" responses in all were unparseable. Scores count these as wrong, so part of a model's "
                            + "gap may be the grader's, not the model's");
        }
        s.append('.');
        if (!regrade) {
            s.append(benchmark == null ? " No benchmark was given" : " The results carry no raw responses")
                    .append(", so responses were not re-graded.");
        }
        return s.toString();
    }

    private static List<FlaggedItem> flagged(Results results, Benchmark benchmark, Map<Integer, Suspects> byItem) {
        List<FlaggedItem> items = new ArrayList<>();
        for (Map.Entry<Integer, Suspects> entry : byItem.entrySet()) {
            String id = results.items().get(entry.getKey());
            Suspects s = entry.getValue();
            String question = benchmark.item(id).map(Item::question).orElse("");
            items.add(new FlaggedItem(id, (double) s.responses, "states the gold answer yet scored 0: "
                    + Texts.plural(s.responses, "response", "responses") + " of " + String.join(", ", Texts.firstFew(
                    List.copyOf(s.models))) + (s.models.size() > Texts.EXAMPLES ? " and others" : "")
                    + " — question: \"" + Texts.excerpt(question) + "\""));
        }
        items.sort(Comparator.comparing(FlaggedItem::score).reversed());
        return items;
    }

    /** Suspect responses to one item and the models that gave them. */
    private static final class Suspects {
        long responses;
        final Set<String> models = new LinkedHashSet<>();

        void add(String model) {
            responses++;
            models.add(model);
        }
    }
}
