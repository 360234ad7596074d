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
import org.apache.lucene.util.BytesRef;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.contamination.text.TermHash;
import org.evalaudit.contamination.testing.DevData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pre-analysed tokens that the indexer inverts are exactly what the canonical analyzer gives (same
 * UTF-8 term bytes, one position apart), each with the {@link TermHash} of its term, and the shape
 * recorded in the same pass is the token count and the positions of one-char upper-case tokens, with one
 * instance reused across documents as the indexer does.
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

    /** The terms in the analyzer's notation (every token one position after the last). */
    private Expected viaAnalysedText(String text) {
        analysed.analyse(text);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < analysed.tokenCount(); i++) {
            BytesRef term = new BytesRef(analysed.termBytes(), analysed.termStart(i),
                    analysed.termEnd(i) - analysed.termStart(i));
            assertEquals(TermHash.of(term.utf8ToString()), analysed.termHash(i), "hash of " + term.utf8ToString());
            terms.add("1:" + term);
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

    @Test
    void emptyAndSeparatorOnlyTextsHaveNoTokens() {
        for (String text : new String[] {"", " ,;\n", "\ud800"}) {
            Expected actual = viaAnalysedText(text);
            assertEquals(List.of(), actual.terms());
            assertEquals(0, actual.shape().tokens());
        }
    }
}
