package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.contamination.testing.DevData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pre-analysed tokens that the indexer hands to Lucene are exactly what the canonical analyzer gives
 * (same UTF-8 term bytes, one position apart), and the shape recorded in the same pass is the token count
 * and the positions of one-char upper-case tokens, with one instance reused across documents as the
 * indexer does.
 */
class AnalysedTextTest {
    /** Pieces that reach every branch that matters here: non-ASCII terms, surrogates, one-letter capitals. */
    private static final String[] PIECES = {
        "the", "Which", "A", "B", "b", "I", "\u00c9", "\u03a3", "\u0130", " ", "\n", ".", "(", "A)", "42", "caf\u00e9",
        "e\u0301", "\ufb01", "\uff22", "\u4e2d\u6587", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\udc00", "\u00df"
    };

    private final Analyzer analyzer = new CanonicalAnalyzer();
    private final AnalysedText analysed = new AnalysedText();

    /** Terms as hex UTF-8 with position increments, and the shape, as the analyzer gives them. */
    private record Expected(List<String> terms, TokenShape shape) {
    }

    private Expected viaAnalyzer(String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> capitals = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (offset.endOffset() - offset.startOffset() == 1 && Character.isUpperCase(text.charAt(offset.startOffset()))) {
                    capitals.add(terms.size());
                }
                terms.add(increment.getPositionIncrement() + ":" + term.getBytesRef().toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(terms, new TokenShape(terms.size(), capitals.stream().mapToInt(Integer::intValue).toArray()));
    }

    private Expected viaAnalysedText(String text) {
        analysed.analyse(text);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analysed.tokens()) {
            TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(increment.getPositionIncrement() + ":" + term.getBytesRef().toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expected(terms, analysed.shape());
    }

    private void assertSame(String text) {
        Expected expected = viaAnalyzer(text);
        Expected actual = viaAnalysedText(text);
        assertEquals(expected.terms(), actual.terms(), () -> "text: " + text);
        assertEquals(expected.shape().tokens(), actual.shape().tokens(), () -> "text: " + text);
        assertArrayEquals(expected.shape().capitals(), actual.shape().capitals(), () -> "text: " + text);
    }

    @Test
    void sameTermsAndShapeAsTheAnalyzerOnTheDevCorpus() {
        AtomicLong docs = new AtomicLong();
        DevData.forEachDoc(doc -> {
            assertSame(doc.get("text").asText());
            docs.incrementAndGet();
        });
        assertEquals(25_000, docs.get());
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void sameTermsAndShapeAsTheAnalyzerOnSeededUnicodeText(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        boolean sawCapital = false;
        boolean sawLongToken = false;
        for (int d = 0; d < 300; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(400); p >= 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(10) == 0) {
                // longer than CanonicalTokenizer.MAX_TOKEN_CHARS: cut into pieces, with a non-ASCII tail
                text.append(" ").append("x".repeat(250 + random.nextInt(300))).append("\u00e9\ud83d\ude00 ");
                sawLongToken = true;
            }
            String t = text.toString();
            sawCapital |= viaAnalyzer(t).shape().capitals().length > 0;
            assertSame(t);
        }
        assertTrue(sawCapital && sawLongToken, "capitals and long tokens were exercised");
    }

    /**
     * Indexes built before analysis moved out of the analyzer keep working unchanged (same schema version):
     * the old layout, one stored and indexed field analysed by the canonical analyzer, and the new one,
     * pre-analysed terms plus a stored-only field of the same name, give the same field info, terms,
     * postings with positions and stored text.
     */
    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void preAnalysedDocumentsIndexExactlyAsTheAnalyzerOnAStoredFieldDid(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(300); p >= 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        FieldType storedAndIndexed = new FieldType();
        storedAndIndexed.setTokenized(true);
        storedAndIndexed.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        storedAndIndexed.setOmitNorms(true);
        storedAndIndexed.setStored(true);
        storedAndIndexed.freeze();
        try (Directory before = new ByteBuffersDirectory(); Directory after = new ByteBuffersDirectory()) {
            try (IndexWriter old = new IndexWriter(before, new IndexWriterConfig(new CanonicalAnalyzer()));
                 IndexWriter now = new IndexWriter(after, new IndexWriterConfig(new CanonicalAnalyzer()))) {
                for (int d = 0; d < texts.size(); d++) {
                    Document document = new Document();
                    document.add(new Field(IndexFields.TEXT, texts.get(d), storedAndIndexed));
                    old.addDocument(document);
                    DocRef ref = new DocRef("f.jsonl", d, "doc-" + d, null, 0);
                    now.addDocument(IndexFields.document("/f.jsonl", d, ref, texts.get(d),
                            analysed.analyse(texts.get(d)), true));
                }
                old.forceMerge(1);
                now.forceMerge(1);
            }
            try (DirectoryReader oldReader = DirectoryReader.open(before); DirectoryReader newReader = DirectoryReader.open(after)) {
                LeafReader o = oldReader.leaves().get(0).reader();
                LeafReader n = newReader.leaves().get(0).reader();
                FieldInfo oldInfo = o.getFieldInfos().fieldInfo(IndexFields.TEXT);
                FieldInfo newInfo = n.getFieldInfos().fieldInfo(IndexFields.TEXT);
                assertEquals(oldInfo.getIndexOptions(), newInfo.getIndexOptions());
                assertEquals(oldInfo.omitsNorms(), newInfo.omitsNorms());
                assertEquals(oldInfo.hasPayloads(), newInfo.hasPayloads());
                assertEquals(oldInfo.hasVectors(), newInfo.hasVectors());
                assertEquals(oldInfo.getDocValuesType(), newInfo.getDocValuesType());
                assertEquals(postings(o), postings(n));
                for (int doc = 0; doc < texts.size(); doc++) {
                    assertEquals(o.storedFields().document(doc).get(IndexFields.TEXT),
                            n.storedFields().document(doc).get(IndexFields.TEXT));
                }
            }
        }
    }

    /** Every term of the text field with its documents and positions, in index order. */
    private static List<String> postings(LeafReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        TermsEnum terms = reader.terms(IndexFields.TEXT).iterator();
        PostingsEnum postings = null;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            postings = terms.postings(postings, PostingsEnum.POSITIONS);
            StringBuilder line = new StringBuilder(term.utf8ToString());
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                line.append(' ').append(doc).append(':');
                for (int k = postings.freq(); k > 0; k--) {
                    line.append(postings.nextPosition()).append(',');
                }
            }
            out.add(line.toString());
        }
        assertTrue(out.size() > 10, "terms: " + out.size());
        return out;
    }

    @Test
    void emptyAndSeparatorOnlyTextsHaveNoTokens() {
        for (String text : new String[] {"", " ,;\n", "\ud800"}) {
            Expected actual = viaAnalysedText(text);
            assertEquals(List.of(), actual.terms());
            assertEquals(0, actual.shape().tokens());
        }
    }
}
