package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.TermVectorsReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;
import org.evalaudit.contamination.corpus.DocRef;

/**
 * A {@link SegmentBuffer}'s documents seen as a read-only Lucene segment, for
 * {@code IndexWriter.addIndexes(CodecReader...)}: field infos, postings, stored fields and the numeric doc
 * values of the {@link IndexFields} schema; no norms, points, vectors or deletions.
 */
final class BufferedSegmentReader extends CodecReader {
    private final int maxDoc;
    private final FieldInfos fieldInfos;
    private final Postings postings;
    private final Stored stored;
    private final DocValues docValues;

    BufferedSegmentReader(int maxDoc, boolean storeText, InvertedField text, InvertedField sources,
                          List<SegmentBuffer.BufferedDoc> docs, long[] ordinals, int[] tokenCounts) {
        this.maxDoc = maxDoc;
        List<FieldInfo> infos = new ArrayList<>();
        infos.add(field(IndexFields.TEXT, infos.size(), IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, DocValuesType.NONE));
        boolean capitals = false;
        boolean ids = false;
        boolean urls = false;
        boolean windows = false;
        for (SegmentBuffer.BufferedDoc doc : docs) {
            capitals |= doc.capitals() != null;
            ids |= doc.ref().id() != null;
            urls |= doc.ref().url() != null;
            windows |= doc.ref().windowStart() != 0;
        }
        if (!storeText) {
            infos.add(field(IndexFields.TOKENS, infos.size(), IndexOptions.NONE, DocValuesType.NUMERIC));
            if (capitals) {
                infos.add(field(IndexFields.CAPITALS, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
            }
        }
        infos.add(field(IndexFields.FILE, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        infos.add(field(IndexFields.OFFSET, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        if (ids) {
            infos.add(field(IndexFields.ID, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        if (urls) {
            infos.add(field(IndexFields.URL, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        if (windows) {
            infos.add(field(IndexFields.WINDOW, infos.size(), IndexOptions.NONE, DocValuesType.NONE));
        }
        infos.add(field(IndexFields.SOURCE, infos.size(), IndexOptions.DOCS, DocValuesType.NONE));
        infos.add(field(IndexFields.ORDINAL, infos.size(), IndexOptions.NONE, DocValuesType.NUMERIC));
        this.fieldInfos = new FieldInfos(infos.toArray(FieldInfo[]::new));
        this.postings = new Postings(text, sources);
        this.stored = new Stored(docs, fieldInfos);
        this.docValues = new DocValues(ordinals, tokenCounts);
    }

    private static FieldInfo field(String name, int number, IndexOptions index, DocValuesType docValues) {
        return new FieldInfo(name, number, false, index != IndexOptions.NONE, false, index, docValues, -1,
                new HashMap<>(), 0, 0, 0, 0, VectorEncoding.FLOAT32, VectorSimilarityFunction.EUCLIDEAN, false, false);
    }

    @Override
    public StoredFieldsReader getFieldsReader() {
        return stored;
    }

    @Override
    public TermVectorsReader getTermVectorsReader() {
        return null;
    }

    @Override
    public NormsProducer getNormsReader() {
        return null;
    }

    @Override
    public DocValuesProducer getDocValuesReader() {
        return docValues;
    }

    @Override
    public FieldsProducer getPostingsReader() {
        return postings;
    }

    @Override
    public PointsReader getPointsReader() {
        return null;
    }

    @Override
    public KnnVectorsReader getVectorReader() {
        return null;
    }

    @Override
    public FieldInfos getFieldInfos() {
        return fieldInfos;
    }

    @Override
    public Bits getLiveDocs() {
        return null;
    }

    @Override
    public LeafMetaData getMetaData() {
        return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
    }

    @Override
    public int numDocs() {
        return maxDoc;
    }

    @Override
    public int maxDoc() {
        return maxDoc;
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
        return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;
    }

    /** The text field (positions) and the source field (one term per document). */
    private static final class Postings extends FieldsProducer {
        private final InvertedField text;
        private final InvertedField sources;

        Postings(InvertedField text, InvertedField sources) {
            this.text = text;
            this.sources = sources;
        }

        @Override
        public Iterator<String> iterator() {
            return List.of(IndexFields.TEXT, IndexFields.SOURCE).iterator();
        }

        @Override
        public Terms terms(String field) {
            if (IndexFields.TEXT.equals(field)) {
                return new FieldTerms(text, true);
            }
            return IndexFields.SOURCE.equals(field) ? new FieldTerms(sources, false) : null;
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public void checkIntegrity() {
        }

        @Override
        public void close() {
        }
    }

    private static final class FieldTerms extends Terms {
        private final InvertedField field;
        private final boolean positions;

        FieldTerms(InvertedField field, boolean positions) {
            this.field = field;
            this.positions = positions;
        }

        @Override
        public TermsEnum iterator() {
            return field.iterator();
        }

        @Override
        public long size() {
            return field.sorted().length;
        }

        @Override
        public long getSumTotalTermFreq() {
            return positions ? field.sumTotalTermFreq() : field.sumDocFreq();
        }

        @Override
        public long getSumDocFreq() {
            return field.sumDocFreq();
        }

        @Override
        public int getDocCount() {
            return field.docCount();
        }

        @Override
        public boolean hasFreqs() {
            return positions;
        }

        @Override
        public boolean hasOffsets() {
            return false;
        }

        @Override
        public boolean hasPositions() {
            return positions;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }
    }

    /** Stored fields in the order {@link IndexFields#document} adds them. */
    private static final class Stored extends StoredFieldsReader {
        private final List<SegmentBuffer.BufferedDoc> docs;
        private final FieldInfos infos;

        Stored(List<SegmentBuffer.BufferedDoc> docs, FieldInfos infos) {
            this.docs = docs;
            this.infos = infos;
        }

        @Override
        public void document(int docID, StoredFieldVisitor visitor) throws IOException {
            SegmentBuffer.BufferedDoc doc = docs.get(docID);
            DocRef ref = doc.ref();
            if (doc.text() != null && visit(visitor, IndexFields.TEXT)) {
                visitor.stringField(infos.fieldInfo(IndexFields.TEXT), doc.text());
            }
            if (doc.capitals() != null && visit(visitor, IndexFields.CAPITALS)) {
                visitor.binaryField(infos.fieldInfo(IndexFields.CAPITALS), doc.capitals());
            }
            if (visit(visitor, IndexFields.FILE)) {
                visitor.stringField(infos.fieldInfo(IndexFields.FILE), ref.file());
            }
            if (visit(visitor, IndexFields.OFFSET)) {
                visitor.longField(infos.fieldInfo(IndexFields.OFFSET), ref.offset());
            }
            if (ref.id() != null && visit(visitor, IndexFields.ID)) {
                visitor.stringField(infos.fieldInfo(IndexFields.ID), ref.id());
            }
            if (ref.url() != null && visit(visitor, IndexFields.URL)) {
                visitor.stringField(infos.fieldInfo(IndexFields.URL), ref.url());
            }
            if (ref.windowStart() != 0 && visit(visitor, IndexFields.WINDOW)) {
                visitor.intField(infos.fieldInfo(IndexFields.WINDOW), ref.windowStart());
            }
        }

        private boolean visit(StoredFieldVisitor visitor, String field) throws IOException {
            return visitor.needsField(infos.fieldInfo(field)) == StoredFieldVisitor.Status.YES;
        }

        @Override
        public StoredFieldsReader clone() {
            return this;
        }

        @Override
        public void checkIntegrity() {
        }

        @Override
        public void close() {
        }
    }

    /** The ordinal of every document and, without stored text, its token count. */
    private static final class DocValues extends DocValuesProducer {
        private final long[] ordinals;
        private final int[] tokenCounts;

        DocValues(long[] ordinals, int[] tokenCounts) {
            this.ordinals = ordinals;
            this.tokenCounts = tokenCounts;
        }

        @Override
        public NumericDocValues getNumeric(FieldInfo field) {
            if (IndexFields.ORDINAL.equals(field.name)) {
                return new Dense(ordinals.length, doc -> ordinals[doc]);
            }
            if (IndexFields.TOKENS.equals(field.name) && tokenCounts != null) {
                return new Dense(tokenCounts.length, doc -> tokenCounts[doc]);
            }
            return null;
        }

        @Override
        public BinaryDocValues getBinary(FieldInfo field) {
            return null;
        }

        @Override
        public SortedDocValues getSorted(FieldInfo field) {
            return null;
        }

        @Override
        public SortedNumericDocValues getSortedNumeric(FieldInfo field) {
            return null;
        }

        @Override
        public SortedSetDocValues getSortedSet(FieldInfo field) {
            return null;
        }

        @Override
        public void checkIntegrity() {
        }

        @Override
        public void close() {
        }
    }

    /** A value for every document. */
    private static final class Dense extends NumericDocValues {
        private final int maxDoc;
        private final java.util.function.IntToLongFunction values;
        private int doc = -1;

        Dense(int maxDoc, java.util.function.IntToLongFunction values) {
            this.maxDoc = maxDoc;
            this.values = values;
        }

        @Override
        public long longValue() {
            return values.applyAsLong(doc);
        }

        @Override
        public boolean advanceExact(int target) {
            doc = target;
            return true;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            return doc = target >= maxDoc ? NO_MORE_DOCS : target;
        }

        @Override
        public long cost() {
            return maxDoc;
        }
    }
}
