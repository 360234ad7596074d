package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusExtent;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.ItemResult;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.Verdict;
import org.evalaudit.contamination.testing.DevData;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.model.Benchmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real dev corpus (25,000 IMDb reviews with 130 planted blocks), a query of the index gives
 * exactly what a scan of the corpus gives: every item's verdict under every preset, coverage, longest
 * match, evidence, and both export files byte for byte; and an index without stored text judges every
 * item alike (only char offsets and snippets are unknown there).
 */
class DevScanQueryAgreementTest {
    private static final long SEED = 7;

    @TempDir
    static Path tmp;
    private static Benchmark benchmark;
    private static ScanResult scan;
    private static ScanResult query;
    private static ScanResult queryWithoutText;
    private static Path index;

    @BeforeAll
    static void scanAndQuery() throws IOException {
        String corpus = DevData.corpus().toString();
        benchmark = DevData.benchmark();
        scan = CorpusScanner.scan(benchmark, new ScanOptions(List.of(corpus), Preset.DEFAULT, 2, null, false,
                CorpusFormat.DEFAULT, SEED), Progress.NONE);
        index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(2)).index(List.of(corpus), Progress.NONE);
        try (CorpusIndexQuery q = CorpusIndexQuery.open(index, 2)) {
            query = q.query(benchmark, Preset.DEFAULT, SEED, Progress.NONE);
        }
        Path withoutText = tmp.resolve("index-without-text");
        new CorpusIndexer(withoutText, IndexBuildOptions.defaults(2).withStoreText(false)).index(List.of(corpus), Progress.NONE);
        try (CorpusIndexQuery q = CorpusIndexQuery.open(withoutText, 2)) {
            queryWithoutText = q.query(benchmark, Preset.DEFAULT, SEED, Progress.NONE);
        }
    }

    @Test
    void everyItemGetsTheSameVerdictCoverageAndLongestMatch() {
        assertEquals(benchmark.size(), query.items().size());
        for (int i = 0; i < benchmark.size(); i++) {
            ItemResult s = scan.items().get(i);
            ItemResult q = query.items().get(i);
            assertEquals(s.itemId(), q.itemId());
            assertEquals(s.verdict(), q.verdict(), s.itemId());
            assertEquals(s.presets(), q.presets(), s.itemId());
            assertEquals(s.coverage(), q.coverage(), s.itemId());
            assertEquals(s.longestMatchTokens(), q.longestMatchTokens(), s.itemId());
            assertEquals(s.leakedAnswer(), q.leakedAnswer(), s.itemId());
        }
        long dirty = scan.items().stream().filter(r -> r.verdict() == Verdict.DIRTY).count();
        assertTrue(dirty >= 100, "the planted items are found, so the comparison is not vacuous: " + dirty);
    }

    @Test
    void bothExportFilesAreIdentical() {
        assertEquals(scan.itemsTable(), query.itemsTable());
        assertEquals(scan.docsTable(), query.docsTable());
    }

    @Test
    void anIndexWithoutStoredTextJudgesEveryItemAlike() {
        SameJudgement.assertSameJudgement(scan, queryWithoutText);
        assertTrue(queryWithoutText.items().stream().anyMatch(r -> r.leakedAnswer()), "leaked answers are told apart");
    }

    /** Both reports say the same about what was searched: the whole dev corpus (stats.json: 25,000 documents). */
    @Test
    void scanAndQuerySearchedTheSameCorpus() {
        assertEquals(new CorpusExtent(1, 25_000, 31_886_522), scan.stats().searched());
        assertEquals(scan.stats().searched(), query.stats().searched());
        assertEquals(scan.stats().searched(), queryWithoutText.stats().searched());
    }

    @Test
    void onlyAFewDocumentsAreReRead() {
        assertTrue(query.stats().documents() < 500, "candidates re-read: " + query.stats().documents());
        assertTrue(query.stats().documents() >= scan.docs().size());
    }

    @Test
    void aSingleItemQueryGivesTheItemsResultFromTheWholeQuery() throws IOException {
        ItemIndex items = ItemIndex.build(benchmark, SEED);
        int compared = 0;
        try (CorpusIndexQuery q = CorpusIndexQuery.open(index, 1)) {
            for (int i = 0; i < benchmark.size(); i++) {
                ItemResult whole = query.items().get(i);
                if (i % 7 != 0 && whole.matchedDocs() + whole.discountedDocs() == 0) {
                    continue;
                }
                ItemResult single = q.queryItem(items, i, Preset.DEFAULT);
                String id = whole.itemId();
                assertEquals(whole.presets(), single.presets(), id);
                assertEquals(whole.leakedAnswer(), single.leakedAnswer(), id);
                assertEquals(whole.coverage(), single.coverage(), id);
                assertEquals(whole.longestMatchTokens(), single.longestMatchTokens(), id);
                assertEquals(whole.matchedDocs(), single.matchedDocs(), id);
                assertEquals(whole.discountedDocs(), single.discountedDocs(), id);
                assertEquals(whole.evidence() == null ? null : whole.evidence().doc(),
                        single.evidence() == null ? null : single.evidence().doc(), id);
                compared++;
            }
        }
        assertTrue(compared > 400, "items compared: " + compared);
    }
}
