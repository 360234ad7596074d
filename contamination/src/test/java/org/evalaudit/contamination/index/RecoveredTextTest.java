package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document rebuilt from an index without stored text tokenizes to exactly the original's tokens, and
 * a one-letter token is a capital exactly where it was one in the source: on seeded text mixing
 * accents, combining marks, ligatures, full-width and Greek letters, digits, CJK, emoji and lone
 * letters.
 */
class RecoveredTextTest {
    private static final String[] PIECES = {
        "the", "Which", "OF", "A", "B", "c", "d", "Answer:", " ", " ", "\n", ".", ",", "'", "-", "A)", "42", "x\u00b2",
        "caf\u00e9", "e\u0301", "\ufb01", "\uff22", "\u00bd", "\u0130", "\u03a3\u039f\u03a3", "\u00df", "\u1e9e",
        "\u4e2d\u6587", "\ud83d\ude00", "\u00a0", "\u212b", "\u00c9COLE"
    };

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void rebuiltDocumentsHaveTheOriginalTokensAndCapitals(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>();
        for (int d = 0; d < 150; d++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(200); p >= 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        Path file = TestCorpus.write(tmp.resolve("unicode.jsonl"), texts);
        Path index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(2).withStoreText(false)).index(List.of(file.toString()), Progress.NONE);

        Map<String, String> originals = new HashMap<>();
        for (int d = 0; d < texts.size(); d++) {
            originals.put(file.getFileName() + "-" + d, texts.get(d));
        }
        int[] compared = {0};
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                int[] docs = java.util.stream.IntStream.range(0, leaf.reader().maxDoc())
                        .filter(doc -> hasTokenCount(leaf, doc)).toArray();
                var stored = leaf.reader().storedFields();
                RecoveredText.forEach(leaf.reader(), docs, (doc, rebuilt) -> {
                    String original = originals.get(IndexFields.docRef(stored.document(doc)).id());
                    assertEquals(CanonicalTokenizer.tokens(original), CanonicalTokenizer.tokens(rebuilt), original);
                    assertEquals(capitals(original), capitals(rebuilt), original);
                    compared[0]++;
                });
            }
        }
        assertEquals(texts.size(), compared[0]);
        assertTrue(texts.stream().anyMatch(t -> !capitals(t).isEmpty()), "some one-letter capitals were tested");
    }

    private static boolean hasTokenCount(LeafReaderContext leaf, int doc) {
        try {
            var counts = leaf.reader().getNumericDocValues(IndexFields.TOKENS);
            return counts != null && counts.advanceExact(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Positions of the tokens the matcher takes for a capital answer letter: one source char that is
     * upper case, folded to one letter a to z.
     */
    private static List<Integer> capitals(String text) {
        List<Integer> out = new ArrayList<>();
        int[] position = {0};
        char[] chars = text.toCharArray();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        org.evalaudit.contamination.text.TokenSink sink = (term, length, hash, start, end) -> {
            if (end - start == 1 && Character.isUpperCase(chars[start]) && length == 1 && term[0] >= 'a' && term[0] <= 'z') {
                out.add(position[0]);
            }
            position[0]++;
        };
        tokenizer.push(chars, 0, chars.length, sink);
        tokenizer.end(sink);
        return out;
    }
}
