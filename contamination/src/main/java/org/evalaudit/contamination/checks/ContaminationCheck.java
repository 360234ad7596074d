package org.evalaudit.contamination.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.impact.ContaminationImpact;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusExtent;
import org.evalaudit.contamination.scan.CorpusIndexProvider;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.contamination.scan.ItemDocMatch;
import org.evalaudit.contamination.scan.ItemResult;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.ScanStats;
import org.evalaudit.contamination.scan.Verdict;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.model.Benchmark;

/**
 * Test-set contamination: scans the corpora given with {@code --corpus} (or queries the corpus index
 * given with {@code --index}, through a {@link CorpusIndexProvider} on the class path) for every item.
 * Headline: the share of items judged dirty. With results, a second finding compares each model's score
 * on clean and dirty items.
 *
 * <p>Options (defaults in brackets): {@code contamination.preset} [default] — the preset that sets the
 * verdict; {@code contamination.threads} [cores]; {@code contamination.text-field},
 * {@code contamination.id-field}, {@code contamination.url-field} [auto]; {@code contamination.on-error}
 * [fail] — {@code skip} skips bad corpus records, counts them, lists them in the summary and makes the
 * finding at least a WARN (part of the corpus went unsearched); {@code contamination.checkpoint}
 * [none] with {@code contamination.resume} [false]; {@code contamination.seed} [0];
 * {@code contamination.warn} [0.0] and {@code contamination.fail} [0.01] — WARN when the share of dirty
 * items exceeds the first, FAIL when it reaches the second (one item in a hundred leaked is enough to
 * distort a comparison of close models).
 */
public final class ContaminationCheck implements Check {
    public static final String ID = "contamination";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.CONTAMINATION;
    }

    @Override
    public List<Finding> run(AuditContext context) throws Exception {
        if (context.benchmark().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark given"));
        }
        if (context.corpora().isEmpty() && context.corpusIndex().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(),
                    "no corpus given (--corpus FILE... or --index DIR): contamination cannot be judged without one"));
        }
        Optional<ScanResult> scanned = result(context);
        if (scanned.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "a corpus index was given but no corpus index "
                    + "implementation is on the class path"));
        }
        ScanResult result = scanned.get();
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(result, context.options()));
        context.results().ifPresent(results -> findings.add(impact(result, results)));
        return findings;
    }

    /** The scan result, computed once per audit and shared with other checks. */
    static Optional<ScanResult> result(AuditContext context) {
        Benchmark benchmark = context.benchmark().orElseThrow();
        AuditOptions o = context.options();
        Preset preset = Preset.parse(o.get("contamination.preset", "default"));
        if (context.corpora().isEmpty()) {
            Optional<CorpusIndexProvider> provider = ServiceLoader.load(CorpusIndexProvider.class).findFirst();
            if (provider.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(context.shared(ScanResult.class, () -> query(benchmark, provider.get(),
                    context.corpusIndex().orElseThrow(), preset, o, context)));
        }
        ScanOptions options = new ScanOptions(context.corpora().stream().map(Path::toString).toList(), preset,
                o.getInt("contamination.threads", Runtime.getRuntime().availableProcessors()),
                checkpoint(o),
                o.getBoolean("contamination.resume", false),
                CorpusFormat.DEFAULT.withFields(o.get("contamination.text-field", null),
                        o.get("contamination.id-field", null), o.get("contamination.url-field", null))
                        .withOnError(ErrorPolicy.valueOf(o.get("contamination.on-error", "fail").toUpperCase(Locale.ROOT))),
                o.getLong("contamination.seed", 0));
        return Optional.of(context.shared(ScanResult.class, () -> {
            try {
                return CorpusScanner.scan(benchmark, options, context.progress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private static ScanResult query(Benchmark benchmark, CorpusIndexProvider provider, Path dir, Preset preset,
                                    AuditOptions o, AuditContext context) {
        try {
            ItemIndex index = ItemIndex.build(benchmark, o.getLong("contamination.seed", 0));
            EvidenceSource source = provider.open(dir);
            List<ItemDocMatch> evidence = Collections.synchronizedList(new ArrayList<>());
            long started = System.nanoTime();
            source.collect(index, evidence::add, context.progress());
            ScanStats stats = new ScanStats(0, 0, 0, 0, index.memoryBytes(), (System.nanoTime() - started) / 1e9, 0, 0,
                    0, List.of(), source.searched());
            return ScanResult.of(index, evidence, preset, stats);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Finding finding(ScanResult result, AuditOptions o) {
        int items = result.items().size();
        long dirty = result.dirtyItems();
        long leaked = result.items().stream().filter(ItemResult::leakedAnswer).count();
        long partial = result.items().stream().filter(r -> r.verdict() == Verdict.PARTIAL).count();
        double share = items == 0 ? 0 : (double) dirty / items;
        double warn = o.getDouble("contamination.warn", 0.0);
        double fail = o.getDouble("contamination.fail", 0.01);
        long skipped = result.stats().skippedRecords();
        Severity severity = share >= fail && dirty > 0 ? Severity.FAIL
                : share > warn || skipped > 0 ? Severity.WARN : Severity.PASS;
        String summary = String.format(Locale.ROOT,
                "%d of %d items (%.1f%%) occur in the corpus (%s preset), %d of them with their answer; %d more "
                        + "are partly there; %d documents hold them. Scores on leaked items may measure memory, not skill.",
                dirty, items, 100 * share, result.preset().label(), leaked, partial, result.docs().size());
        CorpusExtent searched = result.stats().searched();
        if (searched.documents() > 0) {
            String chars = searched.chars() < 1_000_000 ? String.format(Locale.ROOT, "%,d", searched.chars())
                    : String.format(Locale.ROOT, "%.1f million", searched.chars() / 1e6);
            summary += String.format(Locale.ROOT, " Searched: %,d documents (%s chars of text) in %d corpus %s.",
                    searched.documents(), chars, searched.files(), searched.files() == 1 ? "file" : "files");
        }
        if (skipped > 0) {
            summary += String.format(Locale.ROOT, " %d bad corpus records were skipped (--on-error skip) and not "
                    + "searched, the first: %s.", skipped,
                    String.join("; ", result.stats().skippedAt().subList(0, Math.min(3, result.stats().skippedAt().size()))));
        }
        Table.Builder table = Table.of("preset", "dirty_items", "partial_items");
        for (Preset p : Preset.values()) {
            table.row(p.label(), result.items().stream().filter(r -> r.presets().get(p) == Verdict.DIRTY).count(),
                    result.items().stream().filter(r -> r.presets().get(p) == Verdict.PARTIAL).count());
        }
        List<FlaggedItem> flagged = result.items().stream().filter(r -> r.verdict() != Verdict.CLEAN)
                .sorted((a, b) -> Double.compare(b.coverage(), a.coverage()))
                .map(r -> new FlaggedItem(r.itemId(), r.coverage(), r.headline() + " in " + r.evidence().doc().id()))
                .toList();
        return new Finding(ID, sin(), severity, new Headline("dirty_items_pct", 100 * share), summary, table.build(),
                flagged, result.exports());
    }

    private Finding impact(ScanResult result, org.evalaudit.core.model.Results results) {
        Set<String> dirty = result.items().stream().filter(r -> r.verdict() == Verdict.DIRTY).map(ItemResult::itemId)
                .collect(Collectors.toSet());
        Set<String> clean = result.items().stream().filter(r -> r.verdict() == Verdict.CLEAN).map(ItemResult::itemId)
                .collect(Collectors.toSet());
        if (dirty.isEmpty()) {
            return Finding.notAssessed(ID + "/impact", sin(), "no dirty item, so no clean-vs-dirty comparison");
        }
        Table.Builder table = Table.of("model", "clean_items", "clean_score", "clean_low", "clean_high", "dirty_items",
                "dirty_score", "dirty_low", "dirty_high", "difference", "difference_low", "difference_high");
        double largest = Double.NEGATIVE_INFINITY;
        String largestModel = null;
        for (ContaminationImpact.ModelImpact m : ContaminationImpact.of(results, clean, dirty)) {
            table.row(m.model(), m.cleanItems(), round(m.clean()[0]), round(m.clean()[1]), round(m.clean()[2]),
                    m.dirtyItems(), round(m.dirty()[0]), round(m.dirty()[1]), round(m.dirty()[2]),
                    round(m.difference()[0]), round(m.difference()[1]), round(m.difference()[2]));
            if (!Double.isNaN(m.difference()[1]) && m.difference()[1] > 0 && m.difference()[0] > largest) {
                largest = m.difference()[0];
                largestModel = m.model();
            }
        }
        boolean any = largestModel != null;
        String summary = any ? String.format(Locale.ROOT, "%s scores %.1f points higher on dirty items than on clean "
                + "ones (95%% interval above zero): its score is inflated by leaked items.", largestModel, 100 * largest)
                : "No model scores significantly higher on dirty items than on clean ones.";
        return new Finding(ID + "/impact", sin(), any ? Severity.WARN : Severity.PASS,
                new Headline("max_dirty_minus_clean_points", any ? 100 * largest : null), summary, table.build(),
                List.of(), List.of());
    }

    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10000) / 10000.0;
    }

    private static Path checkpoint(AuditOptions o) {
        String checkpoint = o.get("contamination.checkpoint", null);
        return checkpoint == null ? null : Path.of(checkpoint);
    }
}
