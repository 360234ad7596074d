package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.core.audit.Progress;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorpusIndexerTest {
    @TempDir
    Path tmp;

    private Path index() {
        return tmp.resolve("index");
    }

    private List<Path> corpus(long seed, int files, int docsPerFile) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> paths = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            paths.add(TestCorpus.write(tmp.resolve("part-" + f + ".jsonl"), TestCorpus.randomTexts(random, docsPerFile)));
        }
        return paths;
    }

    private static List<String> specs(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }

    private IndexBuildResult build(List<Path> corpus, IndexBuildOptions options) throws IOException {
        return new CorpusIndexer(index(), options).index(specs(corpus), Progress.NONE);
    }

    private IndexBuildResult build(List<Path> corpus, DocumentSource source, IndexBuildOptions options) throws IOException {
        return new CorpusIndexer(index(), source, options).index(specs(corpus), Progress.NONE);
    }

    private static List<IndexedDocs.Doc> expected(List<Path> corpus) throws IOException {
        return IndexedDocs.expected(corpus, CorpusFormat.DEFAULT);
    }

    /**
     * Under skip, bad lines are counted and listed and every good document is indexed, as the corpus
     * reader gives it with the bad lines removed (same texts and order; offsets and line-based ids shift).
     */
    @Test
    void skipsCountsAndListsBadRecords() throws IOException {
        List<Path> corpus = corpus(5, 2, 30);
        List<IndexedDocs.Doc> clean = expected(corpus);
        Path bad = corpus.get(1);
        List<String> lines = new ArrayList<>(Files.readAllLines(bad, StandardCharsets.UTF_8));
        lines.add(10, "{\"text\": \"unterminated}");
        lines.add(20, "[\"not an object\"]");
        Files.write(bad, lines, StandardCharsets.UTF_8);
        IndexBuildOptions skipping = IndexBuildOptions.defaults(2)
                .withFormat(CorpusFormat.DEFAULT.withOnError(ErrorPolicy.SKIP));
        IndexBuildResult result = build(corpus, skipping);

        assertEquals(2, result.skippedRecords());
        assertEquals(List.of(bad + ":11: field \"text\": invalid JSON: Illegal unquoted character ((CTRL-CHAR, code "
                + "10)): has to be escaped using backslash to be included in string value",
                bad + ":21: expected one JSON object per line, got START_ARRAY"), result.skippedAt());
        assertEquals(clean.size(), result.documents());
        IndexInfo info = IndexInfo.read(index());
        assertEquals(2, info.skippedRecords());
        assertTrue(info.lines().contains("bad records:  2 skipped (--on-error skip; not in the index)"), info.lines().toString());
        assertEquals(clean.stream().map(IndexedDocs.Doc::text).toList(),
                IndexedDocs.all(index()).stream().map(IndexedDocs.Doc::text).toList());
        assertThrows(InputError.class, () -> new CorpusIndexer(tmp.resolve("failing"), IndexBuildOptions.defaults(1))
                .index(specs(corpus), Progress.NONE));
    }

    @Test
    void indexesEveryDocumentWithItsStoredFieldsAndReportsThemInIndexInfo() throws IOException {
        List<Path> corpus = corpus(1, 3, 40);
        IndexBuildResult result = build(corpus, IndexBuildOptions.defaults(2));

        assertEquals(expected(corpus), IndexedDocs.all(index()));
        assertEquals(3, result.added());
        assertEquals(120, result.documents());
        IndexInfo info = IndexInfo.read(index());
        assertEquals(120, info.documents());
        assertEquals(3, info.files());
        assertEquals(0, info.partialFiles());
        long chars = expected(corpus).stream().mapToLong(d -> d.text().length()).sum();
        assertEquals(chars, info.textChars());
        assertEquals(chars, result.textChars());
        assertTrue(info.sizeOnDisk() > 0);
        assertTrue(info.metadata().compatible());
        assertTrue(info.metadata().storeText());
    }

    @Test
    void longDocumentsAreIndexedInTheSameWindowsTheScannerReads() throws IOException {
        CorpusFormat smallWindows = new CorpusFormat(null, null, null, 300, 100);
        List<String> texts = TestCorpus.randomTexts(new SplittableRandom(8), 30);
        texts.set(4, String.join(" ", TestCorpus.randomTexts(new SplittableRandom(9), 40)));
        List<Path> corpus = List.of(TestCorpus.write(tmp.resolve("long.jsonl"), texts));

        build(corpus, IndexBuildOptions.defaults(2).withFormat(smallWindows));

        List<IndexedDocs.Doc> expected = IndexedDocs.expected(corpus, smallWindows);
        assertTrue(expected.stream().anyMatch(d -> d.ref().windowStart() > 0), "the long document has windows");
        assertEquals(expected, IndexedDocs.all(index()));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void parallelBuildHoldsTheSameDocumentsAsASingleThread(long seed) throws IOException {
        List<Path> corpus = corpus(seed, 3, 200);
        build(corpus, new IndexBuildOptions(3, true, 10_000, 16, CorpusFormat.DEFAULT));
        assertEquals(expected(corpus), IndexedDocs.all(index()));
    }

    @Test
    void aSecondRunAddsOnlyTheNewFiles() throws IOException {
        List<Path> corpus = corpus(2, 3, 30);
        build(corpus.subList(0, 2), IndexBuildOptions.defaults(2));

        IndexBuildResult second = build(corpus, IndexBuildOptions.defaults(2));

        assertEquals(1, second.added());
        assertEquals(2, second.skipped());
        assertEquals(30, second.documents());
        assertEquals(expected(corpus), IndexedDocs.all(index()));
        IndexBuildResult third = build(corpus, IndexBuildOptions.defaults(2));
        assertEquals(3, third.skipped());
        assertEquals(0, third.documents());
    }

    @Test
    void aChangedFileIsIndexedAgainWithoutLeavingItsOldDocuments() throws IOException {
        List<Path> corpus = corpus(3, 2, 25);
        build(corpus, IndexBuildOptions.defaults(1));
        TestCorpus.write(corpus.get(1), TestCorpus.randomTexts(new SplittableRandom(99), 7));

        IndexBuildResult second = build(corpus, IndexBuildOptions.defaults(1));

        assertEquals(1, second.replaced());
        assertEquals(1, second.skipped());
        assertEquals(expected(corpus), IndexedDocs.all(index()));
        assertEquals(32, IndexInfo.read(index()).documents());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCrashKeepsCommittedBatchesAndTheNextRunResumesWithoutDuplicates(int threads) throws IOException {
        List<Path> corpus = corpus(4, 2, 150);
        IndexBuildOptions options = new IndexBuildOptions(threads, true, 6_000, 16, CorpusFormat.DEFAULT);

        assertThrows(IllegalStateException.class, () -> build(corpus, TestCorpus.failingAfter(250), options));
        List<IndexedDocs.Doc> afterCrash = IndexedDocs.all(index());
        IndexInfo crashed = IndexInfo.read(index());
        assertTrue(afterCrash.size() > 0 && afterCrash.size() < 250, "committed before the crash: " + afterCrash.size());
        assertTrue(crashed.partialFiles() >= 1, "the interrupted file is recorded as partial");
        assertTrue(expected(corpus).containsAll(afterCrash), "only correct documents were committed");

        IndexBuildResult resumed = build(corpus, options);

        assertEquals(expected(corpus), IndexedDocs.all(index()));
        assertEquals(300 - afterCrash.size(), resumed.documents(), "the resumed run adds only what was lost");
        assertEquals(crashed.partialFiles(), resumed.resumed());
        IndexInfo info = IndexInfo.read(index());
        assertEquals(2, info.files());
        assertEquals(0, info.partialFiles());
    }

    @Test
    void withoutStoredTextOnlyTheMetadataIsStored() throws IOException {
        List<Path> corpus = corpus(5, 1, 10);
        build(corpus, IndexBuildOptions.defaults(1).withStoreText(false));

        assertEquals(IndexedDocs.withoutText(expected(corpus)), IndexedDocs.all(index()));
        assertFalse(IndexInfo.read(index()).metadata().storeText());
    }

    @Test
    void refusesToExtendAnIndexWithTheOtherStoreTextSetting() throws IOException {
        List<Path> corpus = corpus(6, 2, 10);
        build(corpus.subList(0, 1), IndexBuildOptions.defaults(1));

        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
                () -> build(corpus, IndexBuildOptions.defaults(1).withStoreText(false)));
        assertTrue(e.getMessage().contains("--no-store-text"), e.getMessage());
        assertEquals(1, IndexInfo.read(index()).files(), "nothing was added");
    }

    @Test
    void reportsProgressInBytesOfCorpusFiles() throws IOException {
        List<Path> corpus = corpus(7, 3, 20);
        long total = 0;
        for (Path file : corpus) {
            total += Files.size(file);
        }
        AtomicLong started = new AtomicLong(-2);
        AtomicLong advanced = new AtomicLong();
        Progress progress = new Progress() {
            @Override
            public void start(String task, long totalUnits, String unit) {
                assertEquals("bytes", unit);
                started.set(totalUnits);
            }

            @Override
            public void advance(long amount) {
                advanced.addAndGet(amount);
            }

            @Override
            public void done() {
            }
        };
        new CorpusIndexer(index(), IndexBuildOptions.defaults(2)).index(specs(corpus), progress);
        assertEquals(total, started.get());
        assertEquals(total, advanced.get());
    }
}
