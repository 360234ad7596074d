package org.evalaudit.contamination.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An index opened for queries. Opening checks the analyzer fingerprint and schema first, so no query
 * ever runs against tokens this build would not produce. Thread-safe: searches may run concurrently.
 */
final class CorpusIndex implements Closeable {
    private final Path location;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexMetadata metadata;

    private CorpusIndex(Path location, Directory directory, DirectoryReader reader, IndexMetadata metadata) {
        this.location = location;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.metadata = metadata;
    }

    /**
     * @throws IncompatibleIndexException when {@code location} holds no evalaudit index, or one built with
     *     another analyzer or schema
     */
    static CorpusIndex open(Path location) throws IOException {
        Directory directory = FSDirectory.open(location);
        try {
            IndexMetadata metadata = IndexMetadata.read(directory, location).orElseThrow(() ->
                    new IncompatibleIndexException(location, "holds no index (build one with `evalaudit contamination index`)"));
            metadata.requireCompatible(location);
            return new CorpusIndex(location, directory, DirectoryReader.open(directory), metadata);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    Path location() {
        return location;
    }

    IndexMetadata metadata() {
        return metadata;
    }

    DirectoryReader reader() {
        return reader;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
