package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The manifest of indexed files, kept as one small Lucene document per file inside the index itself.
 * That makes it exactly as atomic as the documents (a commit holds both or neither) and lets it grow to
 * millions of files without rewriting one big blob at every commit. Manifest documents have no text
 * field, so no phrase query ever matches them.
 */
final class Manifest {
    static final String PATH = "manifest.path";
    private static final String SIZE = "manifest.size";
    private static final String CHECKSUM = "manifest.checksum";
    private static final String DOCUMENTS = "manifest.documents";
    private static final String TEXT_CHARS = "manifest.text_chars";
    private static final String COMPLETE = "manifest.complete";
    private static final String SKIPPED_RECORDS = "manifest.skipped_records";

    private Manifest() {
    }

    /** The term that identifies the manifest document of {@code path} (for update and delete). */
    static Term key(String path) {
        return new Term(PATH, path);
    }

    static Document toDocument(ManifestEntry entry) {
        Document d = new Document();
        d.add(new StringField(PATH, entry.path(), Field.Store.YES));
        d.add(new StoredField(SIZE, entry.size()));
        d.add(new StoredField(CHECKSUM, entry.checksum()));
        d.add(new StoredField(DOCUMENTS, entry.documents()));
        d.add(new StoredField(TEXT_CHARS, entry.textChars()));
        d.add(new StoredField(COMPLETE, entry.complete() ? 1 : 0));
        d.add(new StoredField(SKIPPED_RECORDS, entry.skippedRecords()));
        return d;
    }

    private static ManifestEntry fromDocument(Document d) {
        return new ManifestEntry(d.get(PATH), number(d, SIZE), d.get(CHECKSUM), number(d, DOCUMENTS),
                number(d, TEXT_CHARS), number(d, COMPLETE) == 1, number(d, SKIPPED_RECORDS));
    }

    /** A stored number; 0 when absent (a field that indexes built before it was added lack). */
    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().longValue();
    }

    /** Every file entry of the index, by path. */
    static Map<String, ManifestEntry> read(IndexReader reader) throws IOException {
        Map<String, ManifestEntry> entries = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(PATH);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            TermsEnum paths = terms.iterator();
            PostingsEnum docs = null;
            for (BytesRef path = paths.next(); path != null; path = paths.next()) {
                docs = paths.postings(docs, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        ManifestEntry entry = fromDocument(stored.document(doc));
                        entries.put(entry.path(), entry);
                    }
                }
            }
        }
        return entries;
    }
}
