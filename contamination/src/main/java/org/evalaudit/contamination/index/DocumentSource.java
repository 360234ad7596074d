package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the indexer gets documents: the seam to the corpus readers, which own the formats. A source
 * streams: it never holds a whole file in memory.
 */
public interface DocumentSource {

    /** The corpus files that {@code paths} (files, folders, globs) name, each once, in a stable order. */
    List<Path> files(List<Path> paths) throws IOException;

    /** Streams the documents of {@code file} in file order; the order must be the same on every call. */
    void read(Path file, DocumentConsumer each) throws IOException;

    /** Receives documents; may throw to stop reading. */
    @FunctionalInterface
    interface DocumentConsumer {
        void accept(SourceDocument document) throws IOException;
    }
}
