package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** An index this build must not use is refused everywhere, with a message that says why and what to do. */
class IndexCompatibilityTest {
    private static final String OTHER_ANALYZER = "evalaudit-canonical/0+fold-deadbeef+maxtok-255";

    @TempDir
    Path tmp;

    private Path buildIndex() throws IOException {
        Path file = TestCorpus.write(tmp.resolve("a.jsonl"), TestCorpus.randomTexts(new SplittableRandom(5), 12));
        Path index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(1)).index(List.of(file.toString()), Progress.NONE);
        return index;
    }

    /** Rewrites the latest commit's user data, as an index written by another analyzer version would have it. */
    private static void overwriteCommitData(Path index, String key, String value) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new CanonicalAnalyzer()))) {
            Map<String, String> data = new HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                data.putAll(reader.getIndexCommit().getUserData());
            }
            data.put(key, value);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    @Test
    void anIndexBuiltWithAnotherAnalyzerIsRefusedForQueriesAndForExtension() throws IOException {
        Path index = buildIndex();
        overwriteCommitData(index, IndexMetadata.KEY_ANALYZER, OTHER_ANALYZER);

        IncompatibleIndexException open = assertThrows(IncompatibleIndexException.class, () -> CorpusIndex.open(index));
        assertTrue(open.getMessage().contains(OTHER_ANALYZER), open.getMessage());
        assertTrue(open.getMessage().contains(CanonicalAnalyzer.fingerprint()), open.getMessage());
        assertTrue(open.getMessage().contains("Rebuild"), open.getMessage());

        Path more = TestCorpus.write(tmp.resolve("b.jsonl"), List.of("more text"));
        assertThrows(IncompatibleIndexException.class, () -> new CorpusIndexer(index,
                IndexBuildOptions.defaults(1)).index(List.of(more.toString()), Progress.NONE));
        assertEquals(12, IndexInfo.read(index).documents(), "the refused run added nothing");
    }

    @Test
    void indexInfoDescribesAnIncompatibleIndexInsteadOfRefusingIt() throws IOException {
        Path index = buildIndex();
        overwriteCommitData(index, IndexMetadata.KEY_ANALYZER, OTHER_ANALYZER);

        IndexInfo info = IndexInfo.read(index);

        assertEquals(OTHER_ANALYZER, info.metadata().analyzerFingerprint());
        assertFalse(info.metadata().compatible());
        assertTrue(String.join("\n", info.lines()).contains("refused"), info.lines().toString());
    }

    @Test
    void anIndexWithAnotherSchemaIsRefused() throws IOException {
        Path index = buildIndex();
        overwriteCommitData(index, IndexMetadata.KEY_SCHEMA, "0");

        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> CorpusIndex.open(index));
        assertTrue(e.getMessage().contains("schema 0"), e.getMessage());
    }

    @Test
    void aLuceneIndexNotWrittenByEvalauditIsRefused() throws IOException {
        Path index = tmp.resolve("foreign");
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new TextField("body", "some text", Field.Store.NO));
            writer.addDocument(d);
            writer.commit();
        }
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> CorpusIndex.open(index));
        assertTrue(e.getMessage().contains("not an evalaudit corpus index"), e.getMessage());
        assertThrows(IncompatibleIndexException.class, () -> IndexInfo.read(index));
    }

    /** A codec that no service file names: what an index of a newer evalaudit looks like to this one. */
    private static final class UnknownCodec extends FilterCodec {
        UnknownCodec() {
            super("EvalauditFromTheFuture", new CorpusCodec());
        }
    }

    @Test
    void anIndexWithACodecThisBuildLacksIsRefusedWithAClearMessage() throws IOException {
        Path index = tmp.resolve("future");
        try (FSDirectory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer())
                     .setCodec(new UnknownCodec()))) {
            Document d = new Document();
            d.add(new TextField("text", "some text", Field.Store.YES));
            writer.addDocument(d);
            writer.commit();
        }
        for (Executable open : List.<Executable>of(() -> CorpusIndex.open(index), () -> IndexInfo.read(index),
                () -> new CorpusIndexer(index, IndexBuildOptions.defaults(1)).index(List.of(), Progress.NONE))) {
            IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, open);
            assertTrue(e.getMessage().contains("codec this evalaudit does not have")
                    && e.getMessage().contains("EvalauditFromTheFuture"), e.getMessage());
        }
    }

    @Test
    void anEmptyDirectoryHoldsNoIndex() throws IOException {
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
                () -> CorpusIndex.open(tmp.resolve("nothing")));
        assertTrue(e.getMessage().contains("holds no index"), e.getMessage());
    }

    @Test
    void aCompatibleIndexOpens() throws IOException {
        Path index = buildIndex();
        try (CorpusIndex opened = CorpusIndex.open(index)) {
            assertEquals(CanonicalAnalyzer.fingerprint(), opened.metadata().analyzerFingerprint());
        }
    }
}
