package org.evalaudit.contamination.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.evalaudit.contamination.scan.BenchmarkOverlap;
import org.evalaudit.contamination.scan.DuplicatePair;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.checks.Texts;
import org.evalaudit.core.model.Benchmark;

/**
 * Near-duplicate items (sin 2): the benchmark scanned against itself with the contamination matcher.
 * Two items pair when each one's text would make the other dirty (at least half of it matched across
 * small edits, or a short question whole) and they share at least half of their choices, so shared
 * templates, stems and reading passages never pair items. Each pair lists the words in which the questions
 * differ: benchmarks hold deliberate variants ("n = 6" beside "n = 10") whose golds rightly differ, while
 * the same question with another gold means a wrong key or an ambiguous item.
 *
 * <p>Options: {@code near-duplicates.fail} [0.05] — FAIL when this share of items is in a pair (one in
 * twenty items counted twice noticeably shrinks the effective sample) or when two items ask the same
 * question with different golds; any other pair is a WARN.
 * Writes {@code near-duplicates.csv} (item_a, item_b, coverage, longest_match_tokens, same_gold,
 * question_difference).
 */
public final class NearDuplicatesCheck implements Check {
    public static final String ID = "near-duplicates";

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
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark given"));
        }
        Benchmark benchmark = context.benchmark().get();
        List<DuplicatePair> pairs = BenchmarkOverlap.within(benchmark);
        Set<String> involved = new LinkedHashSet<>();
        long sameQuestion = 0;
        long conflicting = 0;
        long disagreeing = 0;
        Table.Builder table = Table.of("item_a", "item_b", "coverage", "longest_match_tokens", "same_gold",
                "question_difference");
        List<FlaggedItem> flagged = new ArrayList<>();
        for (DuplicatePair p : pairs) {
            involved.add(p.itemA());
            involved.add(p.itemB());
            table.row(p.itemA(), p.itemB(), p.coverage(), p.longestMatchTokens(), p.sameGold(), p.questionDifference());
            boolean otherGold = Boolean.FALSE.equals(p.sameGold());
            sameQuestion += p.sameQuestion() ? 1 : 0;
            disagreeing += otherGold ? 1 : 0;
            conflicting += otherGold && p.sameQuestion() ? 1 : 0;
            flagged.add(new FlaggedItem(p.itemB(), p.coverage(), "near-duplicate of " + p.itemA()
                    + (p.sameQuestion() ? "" : " (question differs: " + p.questionDifference() + ")")
                    + (otherGold ? " with a different gold answer" : "")));
        }
        double share = benchmark.size() == 0 ? 0 : (double) involved.size() / benchmark.size();
        double fail = context.options().getDouble("near-duplicates.fail", 0.05);
        Severity severity = pairs.isEmpty() ? Severity.PASS
                : share >= fail || conflicting > 0 ? Severity.FAIL : Severity.WARN;
        String summary = pairs.isEmpty() ? "No two items repeat each other."
                : String.format(Locale.ROOT, "Found %s (%d items, %.1f%%) that repeat each other: %d with the same question "
                        + "in the same words, %d differing in a few words (often deliberate variants; "
                        + "near-duplicates.csv shows the words). %s different gold answers, %d of them with the "
                        + "same question%s. Duplicates count twice in the score and shrink the real sample.",
                Texts.plural(pairs.size(), "pair of items", "pairs of items"), involved.size(), 100 * share,
                sameQuestion, pairs.size() - sameQuestion, Texts.plural(disagreeing, "pair has", "pairs have"),
                conflicting, conflicting > 0 ? " (there one key is probably wrong, or the item is ambiguous)" : "");
        Table evidence = table.build();
        Table shown = new Table(evidence.columns(), evidence.rows().subList(0, Math.min(20, evidence.rows().size())));
        return List.of(new Finding(ID, sin(), severity, new Headline("near_duplicate_pairs", (double) pairs.size()),
                summary, shown, flagged, List.of(new Export("near-duplicates.csv", evidence))));
    }
}
