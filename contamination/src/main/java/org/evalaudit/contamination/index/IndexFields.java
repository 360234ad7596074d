package org.evalaudit.contamination.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;

/**
 * The index schema: one Lucene document per corpus document. Text is indexed with positions (phrase
 * queries need them) but without norms or frequencies-for-scoring tricks, since nothing is ranked;
 * that keeps the index small. {@link #SCHEMA} changes whenever a field changes, so an old index is
 * refused rather than misread.
 */
final class IndexFields {
    /** Version of this layout; stored in every commit. */
    static final String SCHEMA = "1";

    /** Canonical tokens with positions; stored (compressed) when the index keeps text. */
    static final String TEXT = "text";
    static final String ID = "id";
    static final String URL = "url";
    /** Absolute path of the source file: stored, and indexed as one term to find a file's documents. */
    static final String SOURCE = "source";
    /** Offset of the document in its source file, as the corpus reader reports it. */
    static final String OFFSET = "offset";
    /** Number of the document within its source file (0, 1, ...): resuming skips those committed. */
    static final String ORDINAL = "ordinal";

    private static final FieldType TEXT_INDEXED = textType(false);
    private static final FieldType TEXT_INDEXED_STORED = textType(true);

    private IndexFields() {
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setOmitNorms(true);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** The Lucene document for corpus document number {@code ordinal} of {@code source}. */
    static Document document(String source, long ordinal, SourceDocument doc, boolean storeText) {
        Document d = new Document();
        d.add(new Field(TEXT, doc.text(), storeText ? TEXT_INDEXED_STORED : TEXT_INDEXED));
        if (doc.id() != null) {
            d.add(new StoredField(ID, doc.id()));
        }
        if (doc.url() != null) {
            d.add(new StoredField(URL, doc.url()));
        }
        d.add(new StringField(SOURCE, source, Field.Store.YES));
        d.add(new StoredField(OFFSET, doc.offset()));
        d.add(new NumericDocValuesField(ORDINAL, ordinal));
        return d;
    }
}
