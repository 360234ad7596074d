package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.evalaudit.core.audit.Progress;
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

    private List<Path> corpus(long seed, int files, int docsPerFile) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> paths = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            paths.add(LinesSource.write(tmp.resolve("part-" + f + ".txt"), LinesSource.randomDocuments(random, docsPerFile)));
        }
        return paths;
    }

    private IndexBuildResult build(List<Path> corpus, DocumentSource source, IndexBuildOptions options) throws IOException {
        return new CorpusIndexer(index(), source, options).index(corpus, Progress.NONE);
    }

    /** What a correct index of {@code corpus} holds, read straight from the files. */
    private static List<IndexedDocs.Doc> expected(List<Path> corpus) throws IOException {
        List<IndexedDocs.Doc> docs = new ArrayList<>();
        for (Path file : corpus) {
            String key = file.toAbsolutePath().normalize().toString();
            long[] ordinal = {0};
            new LinesSource().read(file, d -> docs.add(
                    new IndexedDocs.Doc(key, ordinal[0]++, d.offset(), d.id(), d.url(), d.text())));
        }
        docs.sort(java.util.Comparator.comparing(IndexedDocs.Doc::source).thenComparingLong(IndexedDocs.Doc::ordinal));
        return docs;
    }

    @Test
    void indexesEveryDocumentWithItsStoredFieldsAndReportsThemInIndexInfo() throws IOException {
        List<Path> corpus = corpus(1, 3, 40);
        IndexBuildResult result = build(corpus, new LinesSource(), IndexBuildOptions.defaults(2));

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

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void parallelBuildHoldsTheSameDocumentsAsASingleThread(long seed) throws IOException {
        List<Path> corpus = corpus(seed, 3, 200);
        build(corpus, new LinesSource(), new IndexBuildOptions(3, true, 10_000, 16));
        assertEquals(expected(corpus), IndexedDocs.all(index()));
    }

    @Test
    void aSecondRunAddsOnlyTheNewFiles() throws IOException {
        List<Path> corpus = corpus(2, 3, 30);
        build(corpus.subList(0, 2), new LinesSource(), IndexBuildOptions.defaults(2));

        IndexBuildResult second = build(corpus, new LinesSource(), IndexBuildOptions.defaults(2));

        assertEquals(1, second.added());
        assertEquals(2, second.skipped());
        assertEquals(30, second.documents());
        assertEquals(expected(corpus), IndexedDocs.all(index()));
        IndexBuildResult third = build(corpus, new LinesSource(), IndexBuildOptions.defaults(2));
        assertEquals(3, third.skipped());
        assertEquals(0, third.documents());
    }

    @Test
    void aChangedFileIsIndexedAgainWithoutLeavingItsOldDocuments() throws IOException {
        List<Path> corpus = corpus(3, 2, 25);
        build(corpus, new LinesSource(), IndexBuildOptions.defaults(1));
        LinesSource.write(corpus.get(1), LinesSource.randomDocuments(new SplittableRandom(99), 7));

        IndexBuildResult second = build(corpus, new LinesSource(), IndexBuildOptions.defaults(1));

        assertEquals(1, second.replaced());
        assertEquals(1, second.skipped());
        assertEquals(expected(corpus), IndexedDocs.all(index()));
        assertEquals(32, IndexInfo.read(index()).documents());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aCrashKeepsCommittedBatchesAndTheNextRunResumesWithoutDuplicates(int threads) throws IOException {
        List<Path> corpus = corpus(4, 2, 150);
        IndexBuildOptions options = new IndexBuildOptions(threads, true, 6_000, 16);

        assertThrows(IOException.class, () -> build(corpus, LinesSource.failingAfter(250), options));
        List<IndexedDocs.Doc> afterCrash = IndexedDocs.all(index());
        IndexInfo crashed = IndexInfo.read(index());
        assertTrue(afterCrash.size() > 0 && afterCrash.size() < 250, "committed before the crash: " + afterCrash.size());
        assertTrue(crashed.partialFiles() >= 1, "the interrupted file is recorded as partial");
        assertTrue(expected(corpus).containsAll(afterCrash), "only correct documents were committed");

        IndexBuildResult resumed = build(corpus, new LinesSource(), options);

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
        build(corpus, new LinesSource(), IndexBuildOptions.defaults(1).withStoreText(false));

        List<IndexedDocs.Doc> docs = IndexedDocs.all(index());
        assertEquals(10, docs.size());
        docs.forEach(d -> assertNull(d.text()));
        assertEquals(expected(corpus).get(3).id(), docs.get(3).id());
        assertFalse(IndexInfo.read(index()).metadata().storeText());
    }

    @Test
    void refusesToExtendAnIndexWithTheOtherStoreTextSetting() throws IOException {
        List<Path> corpus = corpus(6, 2, 10);
        build(corpus.subList(0, 1), new LinesSource(), IndexBuildOptions.defaults(1));

        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
                () -> build(corpus, new LinesSource(), IndexBuildOptions.defaults(1).withStoreText(false)));
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
        new CorpusIndexer(index(), new LinesSource(), IndexBuildOptions.defaults(2)).index(corpus, progress);
        assertEquals(total, started.get());
        assertEquals(total, advanced.get());
    }
}
