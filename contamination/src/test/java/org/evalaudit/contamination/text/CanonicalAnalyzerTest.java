package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.evalaudit.contamination.testing.DevData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalAnalyzerTest {
    private final Analyzer analyzer = new CanonicalAnalyzer();

    /** The fast path's tokens as "term@start-end". */
    private static List<String> fastPath(String text) {
        List<String> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        TokenSink sink = (term, length, hash, start, end) -> out.add(new String(term, 0, length) + "@" + start + "-" + end);
        tokenizer.push(chars, 0, chars.length, sink);
        tokenizer.end(sink);
        return out;
    }

    private List<String> lucene(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            assertEquals(text.length(), offset.endOffset(), "final offset");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void luceneAndFastPathGiveIdenticalTokensOnTheDevCorpus() {
        AtomicLong docs = new AtomicLong();
        AtomicLong tokens = new AtomicLong();
        DevData.forEachDoc(doc -> {
            String text = doc.get("text").asText();
            List<String> fast = fastPath(text);
            assertEquals(fast, lucene(text), () -> "doc " + doc.get("id").asText());
            docs.incrementAndGet();
            tokens.addAndGet(fast.size());
        });
        assertEquals(25_000, docs.get());
        assertTrue(tokens.get() > 5_000_000, "tokens: " + tokens.get());
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void luceneAndFastPathAgreeOnRandomTextAcrossReaderChunks(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 200; n++) {
            String text = RandomText.of(random, 3000);
            assertEquals(fastPath(text), lucene(text), () -> "text: " + text);
        }
    }

    @Test
    void honoursTheLuceneTokenStreamContract() throws IOException {
        BaseTokenStreamTestCase.assertTokenStreamContents(
                analyzer.tokenStream("text", "Which of the ﬁve\nA) Café"),
                new String[] {"which", "of", "the", "five", "a", "café"},
                new int[] {0, 6, 9, 13, 17, 20},
                new int[] {5, 8, 12, 16, 18, 24},
                24);
        BaseTokenStreamTestCase.assertTokenStreamContents(analyzer.tokenStream("text", " ,;\n"),
                new String[0], new int[0], new int[0], 4);
    }

    @Test
    void fingerprintNamesVersionAndTables() {
        String fingerprint = CanonicalAnalyzer.fingerprint();
        assertTrue(fingerprint.matches("evalaudit-canonical/3\\+fold-[0-9a-f]{8}\\+maxtok-255"), fingerprint);
        assertEquals(fingerprint, CanonicalAnalyzer.fingerprint());
    }
}
