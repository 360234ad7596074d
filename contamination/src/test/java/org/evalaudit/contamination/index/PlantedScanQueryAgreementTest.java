package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.scan.CorpusScanner;
import org.evalaudit.contamination.scan.ItemResult;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.contamination.scan.Verdict;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On seeded corpora of other text with the benchmark planted in every form the matcher tells apart
 * ({@link PlantedCorpus}), and with small windows so that long documents are split, a query of the index
 * and a scan of the files agree on every item and on both export files, whatever the preset; a query of
 * an index without stored text judges every item alike.
 */
class PlantedScanQueryAgreementTest {
    private static final CorpusFormat SMALL_WINDOWS = new CorpusFormat(null, null, null, 6_000, 2_500);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {101, 202, 303})
    void scanAndQueryAgreeOnEveryItem(long seed) throws IOException {
        PlantedCorpus planted = new PlantedCorpus(seed);
        List<String> corpus = planted.write(tmp, 3, 90).stream().map(Path::toString).toList();
        Preset preset = Preset.values()[(int) (seed % Preset.values().length)];
        ScanResult scan = CorpusScanner.scan(planted.benchmark(),
                new ScanOptions(corpus, preset, 2, null, false, SMALL_WINDOWS, seed), Progress.NONE);
        Path index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(2).withFormat(SMALL_WINDOWS)).index(corpus, Progress.NONE);

        ScanResult query;
        try (CorpusIndexQuery q = CorpusIndexQuery.open(index, 2)) {
            query = q.query(planted.benchmark(), preset, seed, Progress.NONE);
        }

        for (int i = 0; i < scan.items().size(); i++) {
            ItemResult s = scan.items().get(i);
            ItemResult q = query.items().get(i);
            assertEquals(s.verdict(), q.verdict(), s.itemId());
            assertEquals(s.coverage(), q.coverage(), s.itemId());
            assertEquals(s.longestMatchTokens(), q.longestMatchTokens(), s.itemId());
        }
        assertEquals(scan.itemsTable(), query.itemsTable());
        assertEquals(scan.docsTable(), query.docsTable());

        Path withoutText = tmp.resolve("index-without-text");
        new CorpusIndexer(withoutText, IndexBuildOptions.defaults(2).withFormat(SMALL_WINDOWS).withStoreText(false))
                .index(corpus, Progress.NONE);
        try (CorpusIndexQuery q = CorpusIndexQuery.open(withoutText, 2)) {
            SameJudgement.assertSameJudgement(scan, q.query(planted.benchmark(), preset, seed, Progress.NONE));
        }

        List<ItemResult> items = scan.items();
        assertTrue(items.stream().anyMatch(r -> r.presets().get(Preset.DEFAULT) == Verdict.DIRTY), "some item is dirty");
        assertTrue(items.stream().anyMatch(r -> r.presets().get(Preset.DEFAULT) == Verdict.PARTIAL), "some item is partial");
        assertTrue(items.stream().anyMatch(r -> r.presets().get(Preset.DEFAULT) == Verdict.CLEAN), "some item is clean");
        assertTrue(items.stream().anyMatch(ItemResult::leakedAnswer) || preset != Preset.DEFAULT, "some answer leaked");
        assertTrue(items.stream().anyMatch(r -> r.itemId().startsWith("template/") && r.discountedDocs() > 0),
                "a template shared by items is discounted");
        assertTrue(items.stream().anyMatch(r -> r.itemId().startsWith("stock/") && r.discountedDocs() >= 10),
                "a phrase common in the corpus is discounted");
    }
}
