package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.evalaudit.contamination.testing.DevData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalTokenizerTest {

    /**
     * PROVENANCE.md §4, written directly: lower-case the whole text, then runs of letters/digits; and, our
     * one addition, every Han ideograph, hiragana and katakana a token of its own.
     */
    private static List<String> reference(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        lower.codePoints().forEach(cp -> {
            boolean solo = Character.isLetterOrDigit(cp) && (Character.isIdeographic(cp)
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
            if (solo) {
                if (current.length() > 0) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                current.appendCodePoint(cp);
            } else if (current.length() > 0) {
                out.add(current.toString());
                current.setLength(0);
            }
        });
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    @Test
    void chineseAndJapaneseCharactersAreTokensOfTheirOwnKoreanWordsAreWords() {
        assertEquals(List.of("下", "列", "说", "法", "正", "确", "的", "是", "abc", "2"),
                CanonicalTokenizer.tokens("下列说法，正确的是abc 2？"));
        assertEquals(List.of("日", "本", "語", "の", "テ", "キ", "ス", "ト"), CanonicalTokenizer.tokens("日本語のテキスト"));
        assertEquals(List.of("한국어", "문장입니다"), CanonicalTokenizer.tokens("한국어 문장입니다"));
        assertEquals(List.of("\ud840\udc00", "x"), CanonicalTokenizer.tokens("\ud840\udc00x"), "a supplementary ideograph too");
        assertEquals(List.of("カ", "タ"), CanonicalTokenizer.tokens("\uff76\uff80"), "half-width katakana fold to katakana");
    }

    @Test
    void lineBreaksBulletsAndPunctuationNeverMatter() {
        assertEquals(List.of("don", "t", "stop", "the", "2nd", "line", "a", "foo", "bar"),
                CanonicalTokenizer.tokens("Don't stop—the 2nd\nline:\n\u2022 A) foo-bar"));
        assertEquals(CanonicalTokenizer.tokens("Which of the following is true?"),
                CanonicalTokenizer.tokens("which\nof   the\r\nfollowing\u2028is\u0085TRUE"));
    }

    @Test
    void compatibilityFormsFoldToTheirPlainLetters() {
        assertEquals(List.of("fine", "world", "x2", "kg", "1", "2"),
                CanonicalTokenizer.tokens("\ufb01ne \uff37\uff4f\uff52\uff4c\uff44 x\u00b2 \u338f \u00bd"));
        assertEquals(List.of("abc"), CanonicalTokenizer.tokens("\ud835\udc00\ud835\udc01\ud835\udc02"));
    }

    @Test
    void decomposedAccentsComposeLikeNfc() {
        assertEquals(List.of("café", "ệ"), CanonicalTokenizer.tokens("CAFE\u0301 e\u0323\u0302"));
        assertEquals(CanonicalTokenizer.tokens("Ærøskøbing café"),
                CanonicalTokenizer.tokens(Normalizer.normalize("Ærøskøbing café", Normalizer.Form.NFD)));
    }

    @Test
    void capitalSigmaFollowsStringToLowerCase() {
        assertEquals(reference("ΟΔΟΣ ΣΟΦΟΣ Σ"), CanonicalTokenizer.tokens("ΟΔΟΣ ΣΟΦΟΣ Σ"));
        assertEquals(List.of("οδος", "σοφος", "σ"), CanonicalTokenizer.tokens("ΟΔΟΣ ΣΟΦΟΣ Σ"));
        assertEquals(List.of("i", "stanbul"), CanonicalTokenizer.tokens("İstanbul"));
    }

    @Test
    void overlongRunsAreCutIntoPiecesOfTheLimit() {
        List<String> tokens = CanonicalTokenizer.tokens("a".repeat(600) + " b");
        assertEquals(List.of(255, 255, 90, 1), tokens.stream().map(String::length).toList());
    }

    @Test
    void termHashIsThatOfTheFoldedTerm() {
        List<Long> hashes = new ArrayList<>();
        char[] text = "Ｃａｆé cafe\u0301".toCharArray();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        TokenSink sink = (term, length, hash, start, end) -> hashes.add(hash);
        tokenizer.push(text, 0, text.length, sink);
        tokenizer.end(sink);
        assertEquals(List.of(TermHash.of("café"), TermHash.of("café")), hashes);
        assertNotEquals(TermHash.of("cafe"), TermHash.of("café"));
    }

    /** Text that NFKC leaves alone tokenizes exactly as the reference definition. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void equalsTheReferenceOnNormalisedText(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int compared = 0;
        for (int n = 0; n < 500; n++) {
            String text = RandomText.normalised(random, 60);
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFKC) || text.indexOf('Σ') >= 0) {
                continue;
            }
            assertEquals(reference(text), CanonicalTokenizer.tokens(text), () -> "text: " + text);
            compared++;
        }
        assertTrue(compared > 100, "too few normalised samples: " + compared);
    }

    /** Where chunk boundaries fall (inside a token, between surrogates, before a mark) never matters. */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void chunkBoundariesNeverChangeTokensOrOffsets(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 300; n++) {
            char[] text = RandomText.of(random, 80).toCharArray();
            List<String> whole = Recorder.record(text, new int[] {text.length});
            int[] cuts = new int[1 + random.nextInt(6)];
            for (int k = 0; k < cuts.length; k++) {
                cuts[k] = random.nextInt(text.length + 1);
            }
            java.util.Arrays.sort(cuts);
            assertEquals(whole, Recorder.record(text, cuts), () -> "text: " + new String(text));
        }
    }

    /** The incrementally computed hash always equals the hash of the emitted chars. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void everyTermHashIsTheHashOfItsChars(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        TokenSink sink = (term, length, hash, start, end) ->
                assertEquals(TermHash.of(term, 0, length), hash, () -> new String(term, 0, length));
        for (int n = 0; n < 300; n++) {
            char[] text = (RandomText.of(random, 80) + "a".repeat(random.nextInt(300))).toCharArray();
            tokenizer.reset();
            tokenizer.push(text, 0, text.length, sink);
            tokenizer.end(sink);
        }
    }

    /** The reference counts of planted.jsonl (computed with tools/gitsrc.py words) are reproduced. */
    @Test
    void reproducesTheReferenceTokenCountsOfThePlantedBlocks() {
        List<JsonNode> planted = DevData.jsonl("planted.jsonl");
        assertEquals(130, planted.size());
        for (JsonNode block : planted) {
            String text = block.get("planted_text").asText();
            assertEquals(block.get("planted_words").asInt(), CanonicalTokenizer.tokens(text).size(),
                    () -> "block in " + block.get("doc_id").asText());
            assertEquals(reference(text), CanonicalTokenizer.tokens(text));
        }
    }

    @Test
    void offsetsPointAtTheSourceText() {
        String text = "Hello, Ｗｏｒｌｄ!\nE\u0301te\u0301 ﬁn";
        List<String> recorded = Recorder.record(text.toCharArray(), new int[] {text.length()});
        assertEquals(List.of("hello@0-5", "world@7-12", "été@14-19", "fin@20-22"),
                recorded.stream().map(r -> r.substring(0, r.lastIndexOf('#'))).toList());
    }

    /** Records tokens as "term@start-end#hash" pushing the text in pieces that end at {@code cuts}. */
    static final class Recorder {
        static List<String> record(char[] text, int[] cuts) {
            List<String> out = new ArrayList<>();
            CanonicalTokenizer tokenizer = new CanonicalTokenizer();
            TokenSink sink = (term, length, hash, start, end) ->
                    out.add(new String(term, 0, length) + "@" + start + "-" + end + "#" + hash);
            int from = 0;
            for (int cut : cuts) {
                tokenizer.push(text, from, cut, sink);
                from = cut;
            }
            tokenizer.push(text, from, text.length, sink);
            tokenizer.end(sink);
            return out;
        }
    }
}
