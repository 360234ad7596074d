package org.evalaudit.noise.quality;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.checks.Texts;
import org.evalaudit.core.model.Benchmark;

/**
 * Sin 2, item quality: exact duplicates after normalisation (question plus choices, with whether their
 * golds agree) and malformed items (see {@link Problem}). Needs only the benchmark.
 *
 * <p>Headline {@code low_quality_items}: items that are a later copy of another item or malformed.
 * Options:
 * <ul>
 *   <li>{@code quality.min-question-chars} = 10: a shorter question is "very short";</li>
 *   <li>{@code quality.fail-rate} = 0.01: FAIL when at least this share of items is affected, or when two
 *       copies of an item have different golds (one key is then certainly wrong); WARN when any item is
 *       affected; PASS otherwise.</li>
 * </ul>
 */
public final class ItemQualityCheck implements Check {
    public static final String ID = "item-quality";
    public static final String MIN_QUESTION_CHARS = "quality.min-question-chars";
    public static final String FAIL_RATE = "quality.fail-rate";
    public static final double DEFAULT_FAIL_RATE = 0.01;

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
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark was given, so duplicates and malformed "
                    + "items were not looked for"));
        }
        Benchmark benchmark = context.benchmark().get();
        int minChars = context.options().getInt(MIN_QUESTION_CHARS, MalformedItems.DEFAULT_MIN_QUESTION_CHARS);
        double failRate = context.options().getDouble(FAIL_RATE, DEFAULT_FAIL_RATE);
        ItemQualityReport report = ItemQualityReport.of(benchmark, minChars);
        int affected = report.affectedItems().size();
        double rate = affected / (double) Math.max(1, benchmark.size());
        Severity severity = affected == 0 ? Severity.PASS
                : rate >= failRate || report.conflictingDuplicates() > 0 ? Severity.FAIL : Severity.WARN;
        return List.of(new Finding(ID, sin(), severity, new Headline("low_quality_items", (double) affected),
                summary(report, benchmark.size(), rate), table(report), flagged(report), List.of()));
    }

    private static String summary(ItemQualityReport report, int items, double rate) {
        if (report.affectedItems().isEmpty()) {
            return "No exact duplicates and no malformed items among " + items + " items.";
        }
        int affected = report.affectedItems().size();
        return String.format(Locale.ROOT, "%d of %d items (%.1f%%) %s: %s (%d with "
                        + "different golds, so one key of each is wrong) and %s; such items measure nothing or "
                        + "measure twice.",
                affected, items, 100 * rate, affected == 1 ? "is a duplicate or malformed" : "are duplicates or malformed",
                Texts.plural(report.duplicates().size(), "duplicate pair", "duplicate pairs"),
                report.conflictingDuplicates(), Texts.plural(report.malformed().size(), "malformed item", "malformed items"));
    }

    private static Table table(ItemQualityReport report) {
        Map<Problem, Integer> counts = new EnumMap<>(Problem.class);
        for (MalformedItem item : report.malformed()) {
            item.problems().forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        Table.Builder table = Table.of("problem", "items");
        table.row("duplicate (golds agree)", report.duplicates().size() - report.conflictingDuplicates());
        table.row("duplicate (golds differ)", report.conflictingDuplicates());
        for (Problem problem : Problem.values()) {
            table.row(problem.description(), counts.getOrDefault(problem, 0));
        }
        return table.build();
    }

    private static List<FlaggedItem> flagged(ItemQualityReport report) {
        List<FlaggedItem> items = new ArrayList<>();
        for (DuplicatePair pair : report.duplicates()) {
            String reason = "same text (question and any choices) as " + pair.first()
                    + (pair.goldsAgree() ? ", same gold" : ", different gold (" + pair.secondGold() + " vs "
                    + pair.firstGold() + ")");
            items.add(new FlaggedItem(pair.second(), pair.goldsAgree() ? 1.0 : 2.0, reason));
        }
        for (MalformedItem item : report.malformed()) {
            items.add(new FlaggedItem(item.itemId(), (double) item.problems().size(), item.describe()));
        }
        return items;
    }
}
