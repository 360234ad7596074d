package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.evalaudit.contamination.text.CanonicalAnalyzer;

/**
 * What an index was built with, kept in the user data of every Lucene commit so that it is exactly as
 * durable as the documents. The analyzer fingerprint is what makes query answers trustworthy: the same
 * text must give the same tokens at index time and at query time.
 *
 * @param analyzerFingerprint {@link CanonicalAnalyzer#fingerprint()} of the build that wrote the index
 * @param schema {@link IndexFields#SCHEMA} of the build that wrote the index
 * @param storeText whether document text is stored (for snippets and exact re-checks)
 */
public record IndexMetadata(String analyzerFingerprint, String schema, boolean storeText) {
    static final String KEY_ANALYZER = "evalaudit.analyzer";
    static final String KEY_SCHEMA = "evalaudit.schema";
    static final String KEY_STORE_TEXT = "evalaudit.store_text";

    /** The metadata this build writes. */
    public static IndexMetadata current(boolean storeText) {
        return new IndexMetadata(CanonicalAnalyzer.fingerprint(), IndexFields.SCHEMA, storeText);
    }

    Map<String, String> toUserData() {
        return Map.of(KEY_ANALYZER, analyzerFingerprint, KEY_SCHEMA, schema, KEY_STORE_TEXT,
                Boolean.toString(storeText));
    }

    /**
     * The metadata of the latest commit in {@code directory}, or empty when it holds no index.
     *
     * @throws IncompatibleIndexException when it holds a Lucene index not written by evalaudit
     */
    static Optional<IndexMetadata> read(Directory directory, Path location) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        List<IndexCommit> commits = commits(directory, location);
        Map<String, String> data = commits.get(commits.size() - 1).getUserData();
        String analyzer = data.get(KEY_ANALYZER);
        String schema = data.get(KEY_SCHEMA);
        if (analyzer == null || schema == null) {
            throw new IncompatibleIndexException(location,
                    "is a Lucene index but not an evalaudit corpus index (no analyzer fingerprint in its commit data)");
        }
        return Optional.of(new IndexMetadata(analyzer, schema, Boolean.parseBoolean(data.get(KEY_STORE_TEXT))));
    }

    /**
     * The index's commits; a segment written with a codec this build does not have (Lucene looks codecs up
     * by name) is an {@link IncompatibleIndexException} rather than Lucene's bare lookup error.
     */
    private static List<IndexCommit> commits(Directory directory, Path location) throws IOException {
        try {
            return DirectoryReader.listCommits(directory);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).contains("org.apache.lucene.codecs.Codec")) {
                throw new IncompatibleIndexException(location, "was written with a Lucene codec this evalaudit does "
                        + "not have (a newer evalaudit built it?); use that version or rebuild the index: "
                        + e.getMessage());
            }
            throw e;
        }
    }

    /** Whether this build may read and extend the index. */
    public boolean compatible() {
        return analyzerFingerprint.equals(CanonicalAnalyzer.fingerprint()) && schema.equals(IndexFields.SCHEMA);
    }

    /**
     * @throws IncompatibleIndexException naming both fingerprints (or schemas) when this build must not
     *     use the index
     */
    void requireCompatible(Path location) {
        if (!analyzerFingerprint.equals(CanonicalAnalyzer.fingerprint())) {
            throw new IncompatibleIndexException(location, "was built with analyzer " + analyzerFingerprint
                    + " but this evalaudit tokenizes with " + CanonicalAnalyzer.fingerprint()
                    + "; its tokens would differ from the scanner's, so it is refused."
                    + " Rebuild it with `evalaudit contamination index` into a new directory.");
        }
        if (!schema.equals(IndexFields.SCHEMA)) {
            throw new IncompatibleIndexException(location, "has index schema " + schema
                    + " but this evalaudit reads schema " + IndexFields.SCHEMA
                    + "; rebuild it with `evalaudit contamination index` into a new directory.");
        }
    }
}
