package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 2, structure: records that cannot be scored as intended. Flags duplicate ids, missing gold
 * answers, multiple-choice golds that are not one of the item's choice letters, results for items the
 * benchmark does not have, items no model answered, and responses given twice ({@link RepeatedResponses}:
 * a results file passed twice doubles every answer silently). Needs the benchmark; the two coverage problems
 * also need results. The items' text (empty or malformed questions, duplicate items with their golds)
 * is judged by noise-analysis' item-quality check.
 *
 * <p>Headline {@code problem_items}: distinct item ids with at least one problem. Severity: PASS when
 * none; FAIL when they are at least {@code structure.fail-rate} (default 0.01, i.e. 1%) of the
 * benchmark's items; WARN otherwise.
 */
public final class StructureCheck implements Check {
    public static final String ID = "structure";
    public static final String FAIL_RATE = "structure.fail-rate";
    public static final double DEFAULT_FAIL_RATE = 0.01;

    /** The problems checked, in table order. */
    enum Problem {
        DUPLICATE_ID("duplicate id", "duplicate ids", false),
        GOLD_MISSING("gold answer missing", "missing gold answers", false),
        GOLD_NOT_A_CHOICE("gold not among the choices", "golds not among the choices", false),
        UNKNOWN_ITEM("results for an unknown item", "result items not in the benchmark", true),
        NO_RESULTS("item without results", "items without results", true),
        REPEATED_RESPONSE("repeated response", "items with repeated responses", true);

        final String label;
        final String plural;
        final boolean needsResults;

        Problem(String label, String plural, boolean needsResults) {
            this.label = label;
            this.plural = plural;
            this.needsResults = needsResults;
        }
    }

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
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark was given, so item structure was not checked"));
        }
        double failRate = context.options().getDouble(FAIL_RATE, DEFAULT_FAIL_RATE);
        Flags flags = new Flags();
        checkItems(benchmark.get(), flags);
        Results results = context.results().orElse(null);
        if (results != null) {
            checkCoverage(context, benchmark.get(), results, flags);
        }
        return List.of(finding(benchmark.get(), results != null, flags, failRate));
    }

    private static void checkItems(Benchmark benchmark, Flags flags) {
        Map<String, Integer> occurrences = new HashMap<>();
        for (Item item : benchmark.items()) {
            occurrences.merge(item.id(), 1, Integer::sum);
        }
        for (Item item : benchmark.items()) {
            int uses = occurrences.get(item.id());
            if (uses > 1) {
                flags.add(Problem.DUPLICATE_ID, item.id(), "id used by " + uses + " items");
            }
            if (item.gold() == null || item.gold().isBlank()) {
                flags.add(Problem.GOLD_MISSING, item.id(), "gold answer missing");
            } else if (item.isMultipleChoice() && item.goldIndex() < 0) {
                flags.add(Problem.GOLD_NOT_A_CHOICE, item.id(), goldNotAChoice(item));
            }
        }
    }

    private static String goldNotAChoice(Item item) {
        String gold = item.gold().strip();
        String range = "A–" + Item.letter(item.choices().size() - 1);
        if (item.choices().stream().anyMatch(choice -> choice.strip().equals(gold))) {
            return "gold \"" + Texts.excerpt(gold) + "\" is a choice's text, not its letter (" + range + ")";
        }
        return "gold \"" + Texts.excerpt(gold) + "\" is not among the " + item.choices().size() + " choices ("
                + range + ")";
    }

    private static void checkCoverage(AuditContext context, Benchmark benchmark, Results results, Flags flags) {
        long[] responses = new long[results.items().size()];
        for (int row = 0; row < results.size(); row++) {
            responses[results.item(row)]++;
        }
        for (int i = 0; i < responses.length; i++) {
            String id = results.items().get(i);
            if (!benchmark.contains(id)) {
                flags.add(Problem.UNKNOWN_ITEM, id,
                        Texts.plural(responses[i], "response", "responses") + " for an item the benchmark does not have");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Item item : benchmark.items()) {
            if (seen.add(item.id()) && results.items().indexOf(item.id()) < 0) {
                flags.add(Problem.NO_RESULTS, item.id(), "no model response");
            }
        }
        RepeatedResponses.byItem(context, results).forEach((item, repeats) -> flags.add(Problem.REPEATED_RESPONSE,
                results.items().get(item), Texts.plural(repeats, "response repeats", "responses repeat")
                        + " an earlier one exactly (model, template, sample, response), counted as extra answers"));
    }

    private Finding finding(Benchmark benchmark, boolean hasResults, Flags flags, double failRate) {
        int flagged = flags.reasons.size();
        double rate = flagged / (double) Math.max(1, benchmark.size());
        Severity severity = flagged == 0 ? Severity.PASS : rate >= failRate ? Severity.FAIL : Severity.WARN;
        Table.Builder table = Table.of("problem", "items", "examples");
        for (Problem problem : Problem.values()) {
            List<String> ids = flags.ids(problem);
            boolean checked = hasResults || !problem.needsResults;
            table.row(problem.label, checked ? (Object) (long) ids.size() : null, Texts.firstFew(ids));
        }
        return new Finding(ID, sin(), severity, new Headline("problem_items", (double) flagged),
                summary(benchmark, hasResults, flags, rate), table.build(), flaggedItems(benchmark, flags), List.of());
    }

    private static String summary(Benchmark benchmark, boolean hasResults, Flags flags, double rate) {
        String coverage = hasResults ? "" : " Results were not given, so coverage (results for unknown items, "
                + "items without results, repeated responses) was not checked.";
        if (flags.reasons.isEmpty()) {
            String all = benchmark.size() == 1 ? "The only item is" : "All " + Texts.count(benchmark.size()) + " items are";
            return all + " well-formed: unique ids, a question and a gold answer each, every multiple-choice gold "
                    + "among its choices" + (hasResults ? ", results and items match, and no response is repeated."
                    : ".") + coverage;
        }
        StringJoiner parts = new StringJoiner(", ");
        for (Problem problem : Problem.values()) {
            int n = flags.ids(problem).size();
            if (n > 0) {
                parts.add(n + " " + (n == 1 ? problem.label : problem.plural));
            }
        }
        return Texts.count(flags.reasons.size()) + " of " + Texts.plural(benchmark.size(), "item", "items") + " ("
                + Texts.percent(rate) + ") " + (flags.reasons.size() == 1 ? "has" : "have") + " structural problems: " + parts + ". Scores on these items do not "
                + "measure what the benchmark intends; fix them before comparing models." + coverage;
    }

    private static List<FlaggedItem> flaggedItems(Benchmark benchmark, Flags flags) {
        List<FlaggedItem> items = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : flags.reasons.entrySet()) {
            String reason = String.join("; ", entry.getValue());
            String question = benchmark.item(entry.getKey()).map(Item::question).orElse("");
            if (!question.isBlank()) {
                reason += " — question: \"" + Texts.excerpt(question) + "\"";
            }
            items.add(new FlaggedItem(entry.getKey(), (double) entry.getValue().size(), reason));
        }
        items.sort(Comparator.comparing(FlaggedItem::score).reversed());
        return items;
    }

    /** Problems found so far: reasons per item id (input order) and item ids per problem. */
    private static final class Flags {
        final Map<String, Set<String>> reasons = new LinkedHashMap<>();
        final Map<Problem, Set<String>> ids = new EnumMap<>(Problem.class);

        void add(Problem problem, String itemId, String reason) {
            reasons.computeIfAbsent(itemId, k -> new LinkedHashSet<>()).add(reason);
            ids.computeIfAbsent(problem, k -> new LinkedHashSet<>()).add(itemId);
        }

        List<String> ids(Problem problem) {
            return List.copyOf(ids.getOrDefault(problem, Set.of()));
        }
    }
}
