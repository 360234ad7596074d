package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import org.evalaudit.contamination.corpus.BadRecords;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.DocumentVisitor;

/**
 * Where the indexer gets documents: the corpus readers (which own every format, and cut long documents
 * into the same windows the scanner sees), or in tests a wrapper that fails on purpose to simulate a
 * crash.
 */
interface DocumentSource {

    /** The corpus files that {@code specs} (files, folders, globs) name, sorted, each once. */
    List<Path> files(List<String> specs) throws IOException;

    /**
     * Streams the documents (windows) of {@code file} in file order, the same on every call;
     * {@code progress} receives bytes of the file read; bad records go to {@code bad}.
     */
    void read(Path file, DocumentVisitor visitor, LongConsumer progress, BadRecords bad) throws IOException;

    /** The corpus readers with {@code format}'s fields and window sizes. */
    static DocumentSource of(CorpusFormat format) {
        return new DocumentSource() {
            @Override
            public List<Path> files(List<String> specs) throws IOException {
                return CorpusReader.expand(specs);
            }

            @Override
            public void read(Path file, DocumentVisitor visitor, LongConsumer progress, BadRecords bad)
                    throws IOException {
                new CorpusReader(format, bad).read(file, visitor, progress);
            }
        };
    }
}
