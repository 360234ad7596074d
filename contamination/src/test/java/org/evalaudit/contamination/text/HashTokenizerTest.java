package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hash-only byte path gives exactly the term hashes of the canonical tokenizer, or gives up. */
class HashTokenizerTest {
    /**
     * Long runs around the token limit, with a supplementary letter that folds to itself (Gothic U+10330), a
     * supplementary ideograph (U+20000, a token of its own) or an expansion ("ﬁ") right at the cut, Japanese
     * text, a compatibility ideograph and a half-width katakana, and the bytes at which
     * {@link HashTokenizer#pushJson} stops.
     */
    private static final String[] EDGES = {
        "x9".repeat(127) + "a", "y".repeat(254) + "\ud800\udf30" + "zz", "w".repeat(255) + "\ud800\udf30",
        "y".repeat(254) + "\ud840\udc00" + "zz", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", "\uf900\uff76",
        "v".repeat(254) + "\ufb01" + "u", "Ab\"c\\d", "\ud83d\ude00", "\u2026", "\u2122", "\u00bd", "caf\u00e9"
    };

    /** The hashes {@link CanonicalTokenizer} gives for {@code text}. */
    private static long[] expected(String text) {
        List<Long> out = new ArrayList<>();
        char[] chars = text.toCharArray();
        CanonicalTokenizer tokenizer = new CanonicalTokenizer();
        TokenSink sink = (term, length, hash, start, end) -> out.add(hash);
        tokenizer.push(chars, 0, chars.length, sink);
        tokenizer.end(sink);
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Feeds {@code text} as a JSON scanner does: runs of plain ASCII as UTF-8 bytes (cut at random
     * points, as chunk and window limits cut them), every other char (control chars too, which a JSON
     * string holds only as escapes) decoded with its place in the bytes, or now and then without it, as
     * from an escape. Null when it gives up.
     */
    private static long[] hashed(String text, SplittableRandom random) {
        HashTokenizer tokenizer = new HashTokenizer();
        tokenizer.reset();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int i = 0;
        while (i < bytes.length) {
            int to = random.nextInt(4) == 0 ? Math.min(bytes.length, i + random.nextInt(8)) : bytes.length;
            int extraBytes = tokenizer.extraBytes();
            int stop = tokenizer.pushJson(bytes, i, to);
            assertTrue(stop == to || consumable(bytes, stop, to) == 0, "stopped at a byte it takes");
            int twoByteChars = 0;
            for (int k = i; k < stop; ) {
                int step = consumable(bytes, k, to);
                assertTrue(step > 0, "consumed a stop byte");
                twoByteChars += step - 1;
                k += step;
            }
            assertEquals(twoByteChars, tokenizer.extraBytes() - extraBytes, "bytes beyond one per char");
            i = stop;
            if (i == to) {
                continue;
            }
            int codePoint = new String(bytes, i, Math.min(4, bytes.length - i), StandardCharsets.UTF_8).codePointAt(0);
            int utf8Length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            boolean taken;
            if (!Character.isBmpCodePoint(codePoint)) {
                taken = tokenizer.pushCodePoint(codePoint);
            } else if (random.nextInt(8) == 0) {
                // as a char escaped in JSON arrives: without its place in the text
                taken = tokenizer.push((char) codePoint);
            } else {
                taken = tokenizer.pushUtf8(bytes, i, utf8Length, (char) codePoint);
            }
            if (!taken) {
                return null;
            }
            i += utf8Length;
        }
        tokenizer.end();
        return Arrays.copyOf(tokenizer.hashes(), tokenizer.size());
    }

    /**
     * The bytes {@link HashTokenizer#pushJson} takes at {@code bytes[k]}: 1 for plain ASCII, 2 for a
     * two-byte char before {@code to} that folds with a table load (a letter, digit or separator), else 0.
     */
    private static int consumable(byte[] bytes, int k, int to) {
        if (plain(bytes[k])) {
            return 1;
        }
        int lead = bytes[k] & 0xff;
        if (lead >= 0xC2 && lead <= 0xDF && k + 1 < to) {
            char c = (char) ((lead & 0x1F) << 6 | bytes[k + 1] & 0x3F);
            return FoldingTable.FAST[c] != FoldingTable.SLOW ? 2 : 0;
        }
        return 0;
    }

    /** Plain ASCII text in a JSON string: not a quote, backslash, control char or part of a multi-byte char. */
    private static boolean plain(byte b) {
        return b >= 0x20 && b != '"' && b != '\\';
    }

    /**
     * Whether the text has a code point it may leave to the canonical tokenizer: capital sigma, one whose
     * folding has a combining mark, or a supplementary one that folding changes.
     */
    private static boolean mayGiveUp(String text) {
        return text.codePoints().anyMatch(c -> {
            String original = new String(Character.toChars(c));
            String folded = Normalizer.normalize(original, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            return c == '\u03a3' || folded.codePoints().anyMatch(FoldingTable::isMark)
                    || !Character.isBmpCodePoint(c) && !folded.equals(original);
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53, 54, 55})
    void hashesAreThoseOfTheCanonicalTokenizerOrItGivesUp(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int hashed = 0;
        int hashedNonAscii = 0;
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder(RandomText.of(random, random.nextBoolean() ? 30 : 4));
            for (int p = random.nextInt(4); p > 0; p--) {
                text.append(EDGES[random.nextInt(EDGES.length)]).append(RandomText.normalised(random, 3));
            }
            String t = text.toString();
            long[] out = hashed(t, random);
            if (out == null) {
                assertTrue(mayGiveUp(t), () -> "gave up on: " + t);
            } else {
                assertEquals(Arrays.toString(expected(t)), Arrays.toString(out), () -> "text: " + t);
                hashed++;
                if (t.chars().anyMatch(c -> c >= 0x80)) {
                    hashedNonAscii++;
                }
            }
        }
        assertTrue(hashed > 60 && hashedNonAscii > 50, "too few texts hashed: " + hashed + ", " + hashedNonAscii);
    }

    /**
     * ASCII text as the word loop sees it most: words of every length from 1 to 40 and around the token
     * limit, capitals and digits, runs of separators, an accented letter or a quote right before or after
     * a word, cut at random points; as JSON bytes and as decoded chars.
     */
    @ParameterizedTest
    @ValueSource(longs = {71, 72, 73})
    void asciiWordsOfEveryLengthHashAsTheCanonicalTokenizer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        String[] separators = {" ", " ", " ", ", ", ". ", "  ", "-", "\t", "'", "!?", "\u007f", " (", ") ", "\u0001", "\r\n"};
        String[] neighbours = {"\u00e9", "\u00c9", "\"", "\u4e2d", "\n"};
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(60); w >= 0; w--) {
                int length = random.nextInt(8) == 0 ? 248 + random.nextInt(16) : 1 + random.nextInt(40);
                if (random.nextInt(10) == 0) {
                    text.append(neighbours[random.nextInt(neighbours.length)]);
                }
                for (int k = 0; k < length; k++) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                if (random.nextInt(10) == 0) {
                    text.append(neighbours[random.nextInt(neighbours.length)]);
                }
                text.append(separators[random.nextInt(separators.length)]);
            }
            String t = text.toString();
            assertEquals(Arrays.toString(expected(t)), Arrays.toString(hashed(t, random)), () -> "text: " + t);
            // and decoded, where long runs go to the word loop and the rest is packed char by char
            HashTokenizer decoded = new HashTokenizer();
            assertTrue(decoded.hashChars(t.toCharArray(), 0, t.length()), () -> "gave up on: " + t);
            assertEquals(Arrays.toString(expected(t)), Arrays.toString(Arrays.copyOf(decoded.hashes(), decoded.size())),
                    () -> "decoded text: " + t);
        }
    }

    /**
     * Decoded text, where every ASCII char that is not a letter or digit separates, the quote, the backslash
     * and the controls too, inside runs long enough for the word loop; non-ASCII letters every few words or
     * every few hundred, so that runs too short for the word loop come in a row and then stop.
     */
    @ParameterizedTest
    @ValueSource(longs = {81, 82, 83})
    void decodedAsciiRunsSeparateAtEveryAsciiSymbolAndControl(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder symbols = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            if (!Character.isLetterOrDigit(c)) {
                symbols.append(c);
            }
        }
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        String[] others = {"\u00e9", "\u00c9", "\u0436", "\u4e2d", "\u00df"};
        HashTokenizer tokenizer = new HashTokenizer();
        for (int n = 0; n < 200; n++) {
            int otherEvery = random.nextBoolean() ? 3 : 80;
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(400); w >= 0; w--) {
                for (int k = 1 + random.nextInt(12); k > 0; k--) {
                    text.append(letters.charAt(random.nextInt(letters.length())));
                }
                if (random.nextInt(otherEvery) == 0) {
                    text.append(others[random.nextInt(others.length)]);
                }
                text.append(symbols.charAt(random.nextInt(symbols.length())));
            }
            String t = text.toString();
            assertTrue(tokenizer.hashChars(t.toCharArray(), 0, t.length()), () -> "gave up on: " + t);
            assertEquals(Arrays.toString(expected(t)), Arrays.toString(Arrays.copyOf(tokenizer.hashes(), tokenizer.size())),
                    () -> "decoded text: " + t);
        }
    }

    /** A token is its chars, whether or not they lie side by side in the bytes they were decoded from. */
    @Test
    void aTokenHashesAsItsCharsWhenItsBytesAreNotAdjacent() {
        byte[] bytes = "\u0436\u00e9\u0436-".getBytes(StandardCharsets.UTF_8);
        HashTokenizer tokenizer = new HashTokenizer();
        tokenizer.reset();
        assertTrue(tokenizer.pushUtf8(bytes, 0, 2, '\u0436'));
        assertTrue(tokenizer.pushUtf8(bytes, 4, 2, '\u0436'));
        tokenizer.end();
        assertEquals(1, tokenizer.size());
        assertEquals(TermHash.of("\u0436\u0436"), tokenizer.hashes()[0]);
        tokenizer.reset();
        assertTrue(tokenizer.pushUtf8(bytes, 0, 2, '\u0436'));
        assertTrue(tokenizer.pushUtf8(bytes, 2, 2, '\u00e9'));
        assertTrue(tokenizer.pushUtf8(bytes, 4, 2, '\u0436'));
        tokenizer.end();
        assertEquals(TermHash.of("\u0436\u00e9\u0436"), tokenizer.hashes()[0]);
    }

    /** A surrogate without its other half, which a decoded (not UTF-8) text may hold. */
    private static boolean hasLoneSurrogate(String text) {
        return text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63})
    void decodedTextsHashAsTheCanonicalTokenizerOrItGivesUp(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        HashTokenizer tokenizer = new HashTokenizer();
        int hashedNonAscii = 0;
        for (int n = 0; n < 400; n++) {
            StringBuilder text = new StringBuilder(RandomText.of(random, random.nextBoolean() ? 30 : 4));
            for (int p = random.nextInt(4); p > 0; p--) {
                text.append(EDGES[random.nextInt(EDGES.length)]).append(RandomText.normalised(random, 3));
            }
            String t = "  " + text + " \n";
            char[] chars = t.toCharArray();
            if (tokenizer.hashChars(chars, 2, chars.length - 2)) {
                String inner = t.substring(2, t.length() - 2);
                assertEquals(Arrays.toString(expected(inner)), Arrays.toString(Arrays.copyOf(tokenizer.hashes(), tokenizer.size())),
                        () -> "text: " + inner);
                hashedNonAscii += inner.chars().anyMatch(c -> c >= 0x80) ? 1 : 0;
            } else {
                assertTrue(mayGiveUp(t) || hasLoneSurrogate(t), () -> "gave up on: " + t);
            }
        }
        assertTrue(hashedNonAscii > 50, "too few non-ASCII texts hashed: " + hashedNonAscii);
    }

    @Test
    void jsonEscapesOfSeparatorsAreConsumedAsOneCharAndOthersStop() {
        HashTokenizer tokenizer = new HashTokenizer();
        tokenizer.reset();
        byte[] json = "Line one\\nsaid \\\"hi\\\"\\t/\\/x\\u0041".getBytes(StandardCharsets.US_ASCII);
        int stop = tokenizer.pushJson(json, 0, json.length);
        assertEquals(json.length - 6, stop, "stops at the \\u escape, which the caller decodes");
        assertEquals(5, tokenizer.extraBytes());
        assertTrue(tokenizer.push('A'));
        tokenizer.end();
        assertEquals(Arrays.toString(expected("Line one\nsaid \"hi\"\t//xA")),
                Arrays.toString(Arrays.copyOf(tokenizer.hashes(), tokenizer.size())));
    }

    @Test
    void tokensLongerThanTheLimitAreCutAsTheCanonicalTokenizerCutsThem() {
        String text = "a".repeat(600) + " " + "b".repeat(254) + "\ud800\udf30" + "c".repeat(3);
        long[] out = hashed(text, new SplittableRandom(1));
        assertEquals(5, out.length);
        assertEquals(Arrays.toString(expected(text)), Arrays.toString(out));
        assertEquals(TermHash.of("a".repeat(255)), out[0]);
        assertEquals(TermHash.of("a".repeat(90)), out[2]);
        assertEquals(TermHash.of("b".repeat(254) + "\ud800\udf30"), out[3]);
        assertEquals(TermHash.of("ccc"), out[4]);
    }

    @Test
    void givesUpOnCharsThatNeedTheLettersOfTheToken() {
        HashTokenizer tokenizer = new HashTokenizer();
        byte[] e = {'e'};
        tokenizer.pushJson(e, 0, 1);
        assertFalse(tokenizer.push('\u0301'), "a combining mark that composes with the letter before it");
        assertFalse(tokenizer.push('\u03a3'), "capital sigma");
        assertFalse(tokenizer.push('\ud83d'), "half a surrogate pair, as a JSON escape gives it");
        assertFalse(tokenizer.push('\u0130'), "a folding with a mark");
        assertFalse(tokenizer.pushCodePoint(0x1d400), "a supplementary letter that folds to 'a'");
        assertTrue(tokenizer.pushCodePoint(0x1f600), "an emoji separates");
        assertTrue(tokenizer.push('\u2026'), "an ellipsis folds to separators");
        assertTrue(tokenizer.push('\u0301'), "a combining mark after a separator separates");
        assertEquals(1, tokenizer.size());
    }

    /** Scripts whose vowel signs are combining marks that compose with nothing are hashed, not given up. */
    @Test
    void marksThatComposeWithNothingSeparateAsInTheCanonicalTokenizer() {
        for (String text : new String[] {"\u0939\u093f\u0928\u094d\u0926\u0940 \u092d\u093e\u0937\u093e",
            "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22 \u0e19\u0e35\u0e49", "x\u0301 q\u0323"}) {
            long[] out = hashed(text, new SplittableRandom(2));
            assertEquals(Arrays.toString(expected(text)), Arrays.toString(out), text);
            assertTrue(out.length >= 2, text);
        }
    }
}
