package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A term's hash is the documented function of its UTF-8 bytes, and distinct terms get distinct hashes. */
class TermHashTest {
    /** The definition of {@link TermHash}, written from the UTF-8 bytes the JDK encodes. */
    private static long reference(String term) {
        byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
        long acc = TermHash.START;
        int full = utf8.length / 8 * 8;
        for (int j = 0; j < full; j += 8) {
            acc = TermHash.round(acc, word(utf8, j, 8));
        }
        return TermHash.last(acc, word(utf8, full, utf8.length - full), utf8.length);
    }

    private static long word(byte[] bytes, int from, int count) {
        long word = 0;
        for (int k = 0; k < count; k++) {
            word |= (bytes[from + k] & 0xFFL) << (k * 8);
        }
        return word;
    }

    private static String randomTerm(SplittableRandom random) {
        String[] alphabets = {"abcdefghijklmnopqrstuvwxyz0123456789", "\u00e9\u00df\u00f8\u0101\u03c3\u0436\u05d0",
            "\u4e2d\u6587\u65e5\u672c\u0939\u093f", "\ud835\udc00\ud801\udc28\ud840\udc00"};
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 9);
        while (s.length() < length) {
            String alphabet = alphabets[random.nextInt(random.nextInt(3) == 0 ? 4 : 1)];
            int k = random.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(k))) {
                s.append(alphabet, k, k + 2);
            } else if (!Character.isLowSurrogate(alphabet.charAt(k))) {
                s.append(alphabet.charAt(k));
            }
        }
        return s.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void hashesTheTermsUtf8EightBytesAtATime(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            String term = randomTerm(random);
            assertEquals(reference(term), TermHash.of(term), term);
            char[] padded = ("<" + term + ">").toCharArray();
            assertEquals(TermHash.of(term), TermHash.of(padded, 1, term.length()), term);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void theUtf8FormReadsTheBytesWhereverTheyLie(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 20_000; n++) {
            String term = randomTerm(random);
            byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
            int before = random.nextInt(9);
            int after = random.nextInt(3) == 0 ? 0 : random.nextInt(9);
            byte[] text = new byte[before + utf8.length + after];
            System.arraycopy(utf8, 0, text, before, utf8.length);
            for (int k = 0; k < text.length; k++) {
                if (k < before || k >= before + utf8.length) {
                    text[k] = (byte) random.nextInt(256);
                }
            }
            assertEquals(TermHash.of(term), TermHash.ofUtf8(text, before, before + utf8.length), term);
        }
    }

    @Test
    void theOneCharFormAgreesForEveryBmpChar() {
        for (int c = 1; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c)) {
                String hex = Integer.toHexString(c);
                assertEquals(TermHash.of(String.valueOf((char) c)), TermHash.of((char) c), hex);
            }
        }
    }

    @Test
    void aLoneSurrogateTakesThreeBytesAndDiffersFromAPair() {
        assertEquals(reference("x\uFFFD"), TermHash.of("x\uFFFD"));
        long lone = TermHash.of("x\ud800");
        assertEquals(TermHash.last(TermHash.START, 'x' | 0xEDL << 8 | 0xA0L << 16 | 0x80L << 24, 4), lone);
        assertEquals(false, lone == TermHash.of("x\ud800\udc00"));
    }

    /**
     * Every ASCII term of up to three letters or digits, and 300,000 random terms of mixed scripts and
     * lengths (across the eight-byte words), hash apart.
     */
    @Test
    void distinctTermsHashApart() {
        Map<Long, String> seen = new HashMap<>();
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder term = new StringBuilder();
        for (int a = -1; a < alphabet.length(); a++) {
            for (int b = -1; b < alphabet.length(); b++) {
                for (int c = 0; c < alphabet.length(); c++) {
                    if (a >= 0 && b < 0) {
                        continue;
                    }
                    term.setLength(0);
                    if (a >= 0) {
                        term.append(alphabet.charAt(a));
                    }
                    if (b >= 0) {
                        term.append(alphabet.charAt(b));
                    }
                    term.append(alphabet.charAt(c));
                    distinct(seen, term.toString());
                }
            }
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 300_000; n++) {
            distinct(seen, randomTerm(random));
        }
    }

    private static void distinct(Map<Long, String> seen, String term) {
        String before = seen.putIfAbsent(TermHash.of(term), term);
        if (before != null) {
            assertEquals(before, term, "two terms with one hash");
        }
    }
}
