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
import org.evalaudit.core.model.Benchmark;

/**
 * Near-duplicate items (sin 2): the benchmark scanned against itself with the contamination matcher.
 * Two items pair when one's text would make the other dirty (at least half of it matched across small
 * edits, or a short question whole), so shared templates never pair items. Pairs whose gold answers
 * disagree are the worst: one of the two labels is probably wrong, or the items are ambiguous.
 *
 * <p>Options: {@code near-duplicates.fail} [0.05] — FAIL when this share of items is in a pair (one in
 * twenty items counted twice noticeably shrinks the effective sample); any pair is a WARN.
 * Writes {@code near-duplicates.csv} (item_a, item_b, coverage, longest_match_tokens, same_gold).
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
        long disagreeing = 0;
        Table.Builder table = Table.of("item_a", "item_b", "coverage", "longest_match_tokens", "same_gold");
        List<FlaggedItem> flagged = new ArrayList<>();
        for (DuplicatePair p : pairs) {
            involved.add(p.itemA());
            involved.add(p.itemB());
            table.row(p.itemA(), p.itemB(), p.coverage(), p.longestMatchTokens(), p.sameGold());
            if (Boolean.FALSE.equals(p.sameGold())) {
                disagreeing++;
            }
            flagged.add(new FlaggedItem(p.itemB(), p.coverage(), "near-duplicate of " + p.itemA()
                    + (Boolean.FALSE.equals(p.sameGold()) ? " with a different gold answer" : "")));
        }
        double share = benchmark.size() == 0 ? 0 : (double) involved.size() / benchmark.size();
        double fail = context.options().getDouble("near-duplicates.fail", 0.05);
        Severity severity = pairs.isEmpty() ? Severity.PASS : share >= fail ? Severity.FAIL : Severity.WARN;
        String summary = pairs.isEmpty() ? "No two items repeat each other."
                : String.format(Locale.ROOT, "%d pairs of items (%d items, %.1f%%) repeat each other; %d pairs have "
                        + "different gold answers. Duplicates count twice in the score and shrink the real sample.",
                pairs.size(), involved.size(), 100 * share, disagreeing);
        Table evidence = table.build();
        Table shown = new Table(evidence.columns(), evidence.rows().subList(0, Math.min(20, evidence.rows().size())));
        return List.of(new Finding(ID, sin(), severity, new Headline("near_duplicate_pairs", (double) pairs.size()),
                summary, shown, flagged, List.of(new Export("near-duplicates.csv", evidence))));
    }
}
