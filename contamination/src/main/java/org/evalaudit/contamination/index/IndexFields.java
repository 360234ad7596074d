package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.evalaudit.contamination.corpus.DocRef;

/**
 * The index schema: one Lucene document per corpus document. Text is indexed with positions (phrase
 * queries need them) but without norms or frequencies-for-scoring tricks, since nothing is ranked;
 * that keeps the index small. Its terms come from {@link AnalysedText} (analysed once per document) and
 * reach the index through {@link SegmentBuffer}, which writes whole segments, so the schema is stated
 * here as Lucene field infos and the stored fields' order rather than as a Lucene {@code Document}; a
 * test checks that it is what {@code IndexWriter.addDocument} makes of the same document. {@link #SCHEMA}
 * changes whenever a field changes, so an old index is refused rather than misread.
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

    private IndexFields() {
    }

    /**
     * The fields of a segment of {@code docs}: every field that at least one of them has, as {@code
     * IndexWriter} would record it for the same documents.
     */
    static FieldInfos fieldInfos(boolean storeText, List<BufferedDoc> docs) {
        boolean capitals = false;
        boolean ids = false;
        boolean urls = false;
        boolean windows = false;
        for (BufferedDoc doc : docs) {
            capitals |= doc.capitals() != null;
            ids |= doc.ref().id() != null;
            urls |= doc.ref().url() != null;
            windows |= doc.ref().windowStart() != 0;
        }
        List<FieldInfo> infos = new ArrayList<>();
        infos.add(field(TEXT, infos.size(), IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, DocValuesType.NONE));
        if (!storeText) {
            infos.add(field(TOKENS, infos.size(), IndexOptions.NONE, DocValuesType.NUMERIC));
        }
        if (capitals) {
            infos.add(field(CAPITALS, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        infos.add(field(FILE, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        infos.add(field(OFFSET, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        if (ids) {
            infos.add(field(ID, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        if (urls) {
            infos.add(field(URL, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        if (windows) {
            infos.add(field(WINDOW, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        infos.add(field(SOURCE, infos.size(), IndexOptions.DOCS, DocValuesType.NONE));
        infos.add(field(ORDINAL, infos.size(), IndexOptions.NONE, DocValuesType.NUMERIC));
        return new FieldInfos(infos.toArray(FieldInfo[]::new));
    }

    /** An indexed field without norms (nothing is ranked) or payloads; a stored or doc-values-only field. */
    private static FieldInfo field(String name, int number, IndexOptions index, DocValuesType docValues) {
        return new FieldInfo(name, number, false, index != IndexOptions.NONE, false, index, docValues, -1,
                new HashMap<>(), 0, 0, 0, 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
    }

    /** Hands {@code doc}'s stored fields to {@code visitor}: its text or capitals, file, offset, id, url, window. */
    static void visitStored(BufferedDoc doc, FieldInfos infos, StoredFieldVisitor visitor) throws IOException {
        DocRef ref = doc.ref();
        if (doc.text() != null && wanted(visitor, infos, TEXT)) {
            visitor.stringField(infos.fieldInfo(TEXT), doc.text());
        }
        if (doc.capitals() != null && wanted(visitor, infos, CAPITALS)) {
            visitor.binaryField(infos.fieldInfo(CAPITALS), doc.capitals());
        }
        if (wanted(visitor, infos, FILE)) {
            visitor.stringField(infos.fieldInfo(FILE), ref.file());
        }
        if (wanted(visitor, infos, OFFSET)) {
            visitor.longField(infos.fieldInfo(OFFSET), ref.offset());
        }
        if (ref.id() != null && wanted(visitor, infos, ID)) {
            visitor.stringField(infos.fieldInfo(ID), ref.id());
        }
        if (ref.url() != null && wanted(visitor, infos, URL)) {
            visitor.stringField(infos.fieldInfo(URL), ref.url());
        }
        if (ref.windowStart() != 0 && wanted(visitor, infos, WINDOW)) {
            visitor.intField(infos.fieldInfo(WINDOW), ref.windowStart());
        }
    }

    private static boolean wanted(StoredFieldVisitor visitor, FieldInfos infos, String field) throws IOException {
        return visitor.needsField(infos.fieldInfo(field)) == StoredFieldVisitor.Status.YES;
    }

    /** Where a stored document came from, exactly as the corpus reader described it. */
    static DocRef docRef(Document d) {
        IndexableField window = d.getField(WINDOW);
        return new DocRef(d.get(FILE), d.getField(OFFSET).numericValue().longValue(), d.get(ID), d.get(URL),
                window == null ? 0 : window.numericValue().intValue());
    }
}
