package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.evalaudit.contamination.text.CanonicalAnalyzer;

/**
 * What an index holds, for {@code evalaudit contamination index-info}. Reading it never refuses an index
 * built with another analyzer: it reports the fingerprint and whether this build can use it.
 *
 * @param index the index directory
 * @param documents corpus documents in the index
 * @param files corpus files completely indexed
 * @param partialFiles corpus files an interrupted run left partly indexed (the next run resumes them)
 * @param textChars chars of text of the completely indexed files
 * @param sizeOnDisk bytes of the index directory
 * @param metadata analyzer fingerprint, schema and store-text setting it was built with
 * @param skippedRecords bad records skipped under {@code --on-error skip} in the completely indexed files:
 *     their text is not in the index
 */
public record IndexInfo(Path index, long documents, int files, int partialFiles, long textChars, long sizeOnDisk,
                        IndexMetadata metadata, long skippedRecords) {

    /**
     * @throws IncompatibleIndexException when {@code index} holds no evalaudit corpus index
     */
    public static IndexInfo read(Path index) throws IOException {
        try (Directory directory = FSDirectory.open(index)) {
            IndexMetadata metadata = IndexMetadata.read(directory, index).orElseThrow(
                    () -> new IncompatibleIndexException(index, "holds no index (build one with `evalaudit contamination index`)"));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Collection<ManifestEntry> entries = Manifest.read(reader).values();
                int complete = (int) entries.stream().filter(ManifestEntry::complete).count();
                long chars = entries.stream().filter(ManifestEntry::complete).mapToLong(ManifestEntry::textChars).sum();
                long skipped = entries.stream().filter(ManifestEntry::complete)
                        .mapToLong(ManifestEntry::skippedRecords).sum();
                return new IndexInfo(index, reader.numDocs() - entries.size(), complete, entries.size() - complete,
                        chars, sizeOnDisk(index), metadata, skipped);
            }
        }
    }

    private static long sizeOnDisk(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            long sum = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    sum += Files.size(file);
                }
            }
            return sum;
        }
    }

    /** Index size over the text it holds (chars, about bytes for mostly-ASCII text); NaN when empty. */
    public double sizeRatio() {
        return textChars == 0 ? Double.NaN : (double) sizeOnDisk / textChars;
    }

    /** Human-readable lines, as {@code index-info} prints them. */
    public List<String> lines() {
        boolean usable = metadata.compatible();
        return List.of(
                "index:        " + index,
                "documents:    " + documents,
                "files:        " + files + (partialFiles > 0 ? " (+" + partialFiles + " partly indexed; run index again to finish)" : ""),
                "bad records:  " + (skippedRecords == 0 ? "none skipped"
                        : skippedRecords + " skipped (--on-error skip; not in the index)"),
                "text:         " + textChars + " chars",
                "size on disk: " + sizeOnDisk + " bytes" + (textChars > 0 ? String.format(Locale.ROOT, " (%.2fx the text)", sizeRatio()) : ""),
                "stored text:  " + (metadata.storeText() ? "yes" : "no (--no-store-text: no snippets)"),
                "analyzer:     " + metadata.analyzerFingerprint()
                        + (usable ? "" : "  (this evalaudit uses " + CanonicalAnalyzer.fingerprint() + "; schema "
                        + IndexFields.SCHEMA + ": this index is refused, rebuild it)"),
                "schema:       " + metadata.schema());
    }
}
