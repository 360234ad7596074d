package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.PointsReader;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.TermVectorsReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.Version;

/**
 * A {@link SegmentBuffer}'s documents seen as a read-only Lucene segment, for
 * {@code IndexWriter.addIndexes(CodecReader...)}: field infos, postings, stored fields and the numeric doc
 * values of the {@link IndexFields} schema; no norms, points, vectors or deletions. Lucene reads it once,
 * in order, to write the segment with its codec (the merge path), so it answers exactly what that needs
 * and caches nothing.
 */
final class BufferedSegmentReader extends CodecReader {
    private final FieldInfos fieldInfos;
    private final List<BufferedDoc> docs;
    private final Postings postings;
    private final Stored stored;
    private final DocValues docValues;

    /** The segment of {@code docs}, whose fields are {@code fieldInfos}, with their inverted fields. */
    BufferedSegmentReader(FieldInfos fieldInfos, InvertedField text, InvertedField sources, List<BufferedDoc> docs) {
        this.fieldInfos = fieldInfos;
        this.docs = docs;
        this.postings = new Postings(text, sources);
        this.stored = new Stored();
        this.docValues = new DocValues();
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
        return docs.size();
    }

    @Override
    public int maxDoc() {
        return docs.size();
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

        /** The field names in sorted order, as Lucene's merging of fields expects. */
        @Override
        public Iterator<String> iterator() {
            return Stream.of(IndexFields.TEXT, IndexFields.SOURCE).sorted().iterator();
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

    /** The documents' stored fields, as {@link IndexFields#visitStored} lays them out. */
    private final class Stored extends StoredFieldsReader {
        @Override
        public void document(int docID, StoredFieldVisitor visitor) throws IOException {
            IndexFields.visitStored(docs.get(docID), fieldInfos, visitor);
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
    private final class DocValues extends DocValuesProducer {
        @Override
        public NumericDocValues getNumeric(FieldInfo field) {
            if (IndexFields.ORDINAL.equals(field.name)) {
                return new EveryDocument(doc -> docs.get(doc).ordinal());
            }
            return IndexFields.TOKENS.equals(field.name) ? new EveryDocument(doc -> docs.get(doc).tokens()) : null;
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

    /** Doc values that every document of the segment has. */
    private final class EveryDocument extends NumericDocValues {
        private final IntToLongFunction values;
        private int doc = -1;

        EveryDocument(IntToLongFunction values) {
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
            return doc = target >= docs.size() ? NO_MORE_DOCS : target;
        }

        @Override
        public long cost() {
            return docs.size();
        }
    }
}
