package org.evalaudit.contamination.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.evalaudit.contamination.corpus.DocRef;

/**
 * The index schema: one Lucene document per corpus document. Text is indexed with positions (phrase
 * queries need them) but without norms or frequencies-for-scoring tricks, since nothing is ranked;
 * that keeps the index small. Its terms come from {@link AnalysedText} (analysed once per document);
 * the stored text, when kept, is a stored-only instance of the same field, which Lucene writes exactly
 * as one stored and indexed field. {@link #SCHEMA} changes whenever a field changes, so an old index is
 * refused rather than misread.
 */
final class IndexFields {
    /** Version of this layout; stored in every commit. */
    static final String SCHEMA = "1";

    /** Canonical tokens with positions; stored (compressed) when the index keeps text. */
    static final String TEXT = "text";
    static final String ID = "id";
    static final String URL = "url";
    /** The corpus file as it was named when indexed ({@link DocRef#file()}). */
    static final String FILE = "file";
    /** Offset of the record in its file, as the corpus reader reports it. */
    static final String OFFSET = "offset";
    /** Char offset of this window in the document; stored only when not 0. */
    static final String WINDOW = "window";
    /** Absolute path of the corpus file, indexed as one term (not stored) to find a file's documents. */
    static final String SOURCE = "source";
    /** Number of the document (window) within its file (0, 1, ...): resuming skips those committed. */
    static final String ORDINAL = "ordinal";
    /** Without stored text: the number of tokens ({@link TokenShape}). */
    static final String TOKENS = "tokens";
    /** Without stored text: positions of one-capital-letter tokens ({@link TokenShape}), when any. */
    static final String CAPITALS = "capitals";

    private static final FieldType TEXT_INDEXED = textType();

    private IndexFields() {
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    /**
     * The Lucene document for document (window) number {@code ordinal} of the file {@code source}, with the
     * text's tokens from {@code analysed} (which must hold {@code text} until the document is added);
     * without stored text it carries the text's {@link TokenShape} instead, so that its tokens can be rebuilt.
     */
    static Document document(String source, long ordinal, DocRef ref, String text, AnalysedText analysed,
                             boolean storeText) {
        Document d = new Document();
        d.add(new Field(TEXT, analysed.tokens(), TEXT_INDEXED));
        if (storeText) {
            d.add(new StoredField(TEXT, text));
        } else {
            TokenShape shape = analysed.shape();
            d.add(new NumericDocValuesField(TOKENS, shape.tokens()));
            if (shape.capitals().length > 0) {
                d.add(new StoredField(CAPITALS, shape.encodedCapitals()));
            }
        }
        d.add(new StoredField(FILE, ref.file()));
        d.add(new StoredField(OFFSET, ref.offset()));
        if (ref.id() != null) {
            d.add(new StoredField(ID, ref.id()));
        }
        if (ref.url() != null) {
            d.add(new StoredField(URL, ref.url()));
        }
        if (ref.windowStart() != 0) {
            d.add(new StoredField(WINDOW, ref.windowStart()));
        }
        d.add(new StringField(SOURCE, source, Field.Store.NO));
        d.add(new NumericDocValuesField(ORDINAL, ordinal));
        return d;
    }

    /** Where a stored document came from, exactly as the corpus reader described it. */
    static DocRef docRef(Document d) {
        IndexableField window = d.getField(WINDOW);
        return new DocRef(d.get(FILE), d.getField(OFFSET).numericValue().longValue(), d.get(ID), d.get(URL),
                window == null ? 0 : window.numericValue().intValue());
    }
}
