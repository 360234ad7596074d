package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Indexes keep their layout (same schema version) now that segments are inverted in memory: a segment
 * inverted by {@link SegmentBuffer} and written through {@code IndexWriter.addIndexes} holds exactly what
 * {@code IndexWriter.addDocument} made of the same documents with the canonical analyzer: the same field
 * infos, terms, documents, frequencies and positions, term statistics, doc values and stored fields, with
 * and without stored text, on seeded random text with non-ASCII terms, one-letter capitals and empty
 * documents, from two source files, written as two segments that extend an index begun with {@code
 * addDocument} (as an earlier version built it), then merged.
 */
class SegmentBufferTest {
    private static final String[] PIECES = {
        "the", "Which", "A", "B", "b", "I", "\u00c9", "\u03a3", " ", " ", " ", "\n", ".", "(", "A)", "42", "caf\u00e9",
        "\ufb01", "\u4e2d\u6587", "\ud835\udc00", "\ud83d\ude00", "\u00df", "zebra", "zeb", "z"
    };

    private record Source(String key, long ordinal, DocRef ref, String text) {
    }

    private static List<Source> documents(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Source> docs = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(d % 17 == 0 ? 2 : 200); p > 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String file = d < 180 ? "a.jsonl" : "b.jsonl";
            DocRef ref = new DocRef(file, 1000L * d, random.nextInt(4) == 0 ? null : "doc-" + d,
                    random.nextInt(3) == 0 ? "https://example.org/" + d : null, random.nextInt(5) == 0 ? 8 * d + 1 : 0);
            docs.add(new Source("/corpus/" + file, d < 180 ? d : d - 180, ref, text.toString()));
        }
        return docs;
    }

    @ParameterizedTest
    @CsvSource({"1, true", "2, false", "3, true", "4, false"})
    void theBufferedSegmentHoldsWhatIndexWriterWritesForTheSameDocuments(long seed, boolean storeText) throws IOException {
        List<Source> docs = documents(seed);
        AnalysedText analysed = new AnalysedText();
        try (Directory viaWriter = new ByteBuffersDirectory(); Directory viaBuffer = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(viaWriter, inOrder())) {
                for (Source s : docs) {
                    writer.addDocument(addDocumentLayout(s, analysed.analyse(s.text()).shape(), storeText));
                }
                writer.forceMerge(1);
            }
            try (IndexWriter writer = new IndexWriter(viaBuffer, inOrder())) {
                // an index begun by an earlier version, one document at a time, then extended by two buffers
                for (Source s : docs.subList(0, 60)) {
                    writer.addDocument(addDocumentLayout(s, analysed.analyse(s.text()).shape(), storeText));
                }
                writer.commit();
                SegmentBuffer buffer = new SegmentBuffer(storeText);
                for (int d = 60; d < docs.size(); d++) {
                    Source s = docs.get(d);
                    buffer.add(s.key(), s.ordinal(), s.ref(), s.text(), analysed.analyse(s.text()));
                    if (d == 139) {
                        writer.addIndexes(buffer.drain());
                    }
                }
                writer.addIndexes(buffer.drain());
                writer.forceMerge(1);
            }
            try (DirectoryReader expected = DirectoryReader.open(viaWriter); DirectoryReader actual = DirectoryReader.open(viaBuffer)) {
                LeafReader e = expected.leaves().get(0).reader();
                LeafReader a = actual.leaves().get(0).reader();
                assertSameLines(fieldInfos(e), fieldInfos(a), "field infos");
                for (String field : List.of(IndexFields.TEXT, IndexFields.SOURCE)) {
                    assertSameLines(postings(e, field), postings(a, field), field);
                }
                assertSameLines(docValues(e), docValues(a), "doc values");
                assertSameLines(storedFields(e), storedFields(a), "stored fields");
            }
        }
    }

    /**
     * The document as the indexer gave it to {@code IndexWriter.addDocument} before segments were
     * inverted in memory: the text analysed by the canonical analyzer in a field that is also stored (or,
     * without stored text, its token shape), the document's origin stored, its source indexed as one term,
     * its ordinal (and token count) as doc values.
     */
    private static Document addDocumentLayout(Source s, TokenShape shape, boolean storeText) {
        FieldType text = new FieldType();
        text.setTokenized(true);
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        text.setOmitNorms(true);
        text.setStored(storeText);
        text.freeze();
        Document d = new Document();
        d.add(new Field(IndexFields.TEXT, s.text(), text));
        if (!storeText) {
            d.add(new NumericDocValuesField(IndexFields.TOKENS, shape.tokens()));
            if (shape.capitals().length > 0) {
                d.add(new StoredField(IndexFields.CAPITALS, shape.encodedCapitals()));
            }
        }
        d.add(new StoredField(IndexFields.FILE, s.ref().file()));
        d.add(new StoredField(IndexFields.OFFSET, s.ref().offset()));
        if (s.ref().id() != null) {
            d.add(new StoredField(IndexFields.ID, s.ref().id()));
        }
        if (s.ref().url() != null) {
            d.add(new StoredField(IndexFields.URL, s.ref().url()));
        }
        if (s.ref().windowStart() != 0) {
            d.add(new StoredField(IndexFields.WINDOW, s.ref().windowStart()));
        }
        d.add(new StringField(IndexFields.SOURCE, s.key(), Field.Store.NO));
        d.add(new NumericDocValuesField(IndexFields.ORDINAL, s.ordinal()));
        return d;
    }

    /** A writer whose merges keep documents in the order they were added, so doc ids can be compared. */
    private static IndexWriterConfig inOrder() {
        return new IndexWriterConfig(new CanonicalAnalyzer()).setMergePolicy(new LogDocMergePolicy());
    }

    /** Equal lists, reported by their first difference rather than as two lists of thousands of lines. */
    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", line " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": lines");
    }

    private static List<String> fieldInfos(LeafReader reader) {
        List<String> out = new ArrayList<>();
        for (FieldInfo f : reader.getFieldInfos()) {
            out.add(f.name + " index=" + f.getIndexOptions() + " omitNorms=" + f.omitsNorms() + " payloads="
                    + f.hasPayloads() + " vectors=" + f.hasVectors() + " docValues=" + f.getDocValuesType()
                    + " points=" + f.getPointDimensionCount() + " vectorDims=" + f.getVectorDimension());
        }
        out.sort(null);
        return out;
    }

    /** Every term of the field with its documents, frequencies and positions (when indexed), in index order. */
    private static List<String> postings(LeafReader reader, String field) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = reader.terms(field);
        boolean positions = terms.hasPositions();
        TermsEnum iterator = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
            postings = iterator.postings(postings, positions ? PostingsEnum.POSITIONS : PostingsEnum.NONE);
            StringBuilder line = new StringBuilder(term.toString()).append(" df=").append(iterator.docFreq());
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                line.append(' ').append(doc);
                if (positions) {
                    line.append(':');
                    for (int k = postings.freq(); k > 0; k--) {
                        line.append(postings.nextPosition()).append(',');
                    }
                }
            }
            out.add(line.toString());
        }
        out.add("stats " + terms.size() + " " + terms.getDocCount() + " " + terms.getSumDocFreq() + " "
                + terms.getSumTotalTermFreq());
        assertTrue(out.size() > 2, field + " terms: " + out.size());
        return out;
    }

    private static List<String> docValues(LeafReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (FieldInfo f : reader.getFieldInfos()) {
            if (f.getDocValuesType() == DocValuesType.NUMERIC) {
                NumericDocValues values = reader.getNumericDocValues(f.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    out.add(f.name + " " + doc + "=" + values.longValue());
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static List<String> storedFields(LeafReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = reader.storedFields().document(doc);
            StringBuilder line = new StringBuilder().append(doc);
            for (IndexableField f : d.getFields()) {
                line.append(" | ").append(f.name()).append('=');
                if (f.binaryValue() != null) {
                    line.append(f.binaryValue());
                } else if (f.numericValue() != null) {
                    line.append(f.numericValue().getClass().getSimpleName()).append(':').append(f.numericValue());
                } else {
                    line.append(f.stringValue());
                }
            }
            out.add(line.toString());
        }
        return out;
    }
}
