package org.evalaudit.contamination.text;

import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Precomputed per-code-point folding, so that the hot loop folds a char with one array load instead of
 * calling {@link Normalizer}. Built once per JVM from the JDK's own Unicode tables; {@link #checksum()}
 * fingerprints the result, so an index built on a JDK with other Unicode tables is recognised.
 *
 * <p>For every BMP char {@code c}, {@code fold(c) = NFKC(c).toLowerCase(Locale.ROOT)}:
 * <ul>
 *   <li>{@link #FAST}{@code [c] == 0}: c folds to one char that is not a letter or digit (a separator);
 *   <li>{@code FAST[c] == SLOW}: c needs {@link #expansion}, is a surrogate, a combining mark (which may
 *       compose with the letter before it), capital sigma (final-sigma rule) or a token of its own
 *       ({@link #isSolo});
 *   <li>otherwise {@code FAST[c]} is the single folded letter or digit.
 * </ul>
 */
final class FoldingTable {
    private static final int SOLO_BMP_CHARS = 0x10000;
    /** {@link #isSolo} of every BMP char, one bit each (the script lookup is a binary search). */
    private static final long[] SOLO_BMP = new long[SOLO_BMP_CHARS / 64];

    static {
        for (int c = 0; c < SOLO_BMP_CHARS; c++) {
            if (soloByProperties(c)) {
                SOLO_BMP[c >>> 6] |= 1L << c;
            }
        }
    }

    /** Marker in {@link #FAST}: take the slow path. U+0001 is a control char, never a letter. */
    static final char SLOW = 1;
    static final char CAPITAL_SIGMA = '\u03a3';

    static final char[] FAST = new char[0x10000];
    private static final char[][] EXPANSIONS = new char[0x10000][];
    /** {@link #isSoloAsIs} of every BMP char, one bit each. */
    private static final long[] SOLO_AS_IS = new long[0x10000 / 64];
    /** Folds of supplementary code points that change under folding; absent ones fold to themselves. */
    private static final Int2ObjectOpenHashMap<char[]> SUPPLEMENTARY = new Int2ObjectOpenHashMap<>();
    /** NFC composition of (folded letter, combining mark) pairs, key {@code letter << 32 | mark}. */
    private static final Long2IntOpenHashMap COMPOSITIONS = new Long2IntOpenHashMap();
    private static final long CHECKSUM;

    static {
        CRC32C crc = new CRC32C();
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            if (Character.isSurrogate(ch) || ch == CAPITAL_SIGMA) {
                FAST[c] = SLOW;
                continue;
            }
            String folded = fold(String.valueOf(ch));
            if (folded.length() == 1 && !isMark(folded.charAt(0)) && !isSolo(folded.charAt(0))) {
                char f = folded.charAt(0);
                FAST[c] = Character.isLetterOrDigit(f) ? f : 0;
            } else {
                FAST[c] = SLOW;
                EXPANSIONS[c] = folded.toCharArray();
                if (folded.equals(String.valueOf(ch)) && isSolo(ch)) {
                    SOLO_AS_IS[c >>> 6] |= 1L << c;
                }
                update(crc, c, EXPANSIONS[c]);
            }
            update(crc, c, FAST[c]);
        }
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!Character.isDefined(cp) || isStableIdeograph(cp)) {
                continue;
            }
            String original = new String(Character.toChars(cp));
            String folded = fold(original);
            if (!folded.equals(original)) {
                SUPPLEMENTARY.put(cp, folded.toCharArray());
                update(crc, cp, folded.toCharArray());
            }
        }
        buildCompositions(crc);
        CHECKSUM = crc.getValue();
    }

    private FoldingTable() {
    }

    /** Unified ideographs have no compatibility or case mapping; skipping them halves start-up time. */
    private static boolean isStableIdeograph(int cp) {
        return Character.isIdeographic(cp)
                && Character.UnicodeBlock.of(cp) != Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * Pairs (p, m) with NFC(p + m) = x for every fold-stable letter x whose canonical decomposition ends
     * in mark m; p is the NFC of the rest. Applied repeatedly this recomposes multi-mark letters (e + dot
     * below + circumflex = ệ) when the marks come in canonical order.
     */
    private static void buildCompositions(CRC32C crc) {
        for (int x = 0; x < 0x10000; x++) {
            char ch = (char) x;
            if (FAST[x] != ch) {
                continue;
            }
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            if (d.length() < 2 || !isMark(d.charAt(d.length() - 1))) {
                continue;
            }
            char mark = d.charAt(d.length() - 1);
            String prefix = Normalizer.normalize(d.substring(0, d.length() - 1), Normalizer.Form.NFC);
            if (prefix.length() == 1
                    && Normalizer.normalize(prefix + mark, Normalizer.Form.NFC).equals(String.valueOf(ch))) {
                COMPOSITIONS.put(key(prefix.charAt(0), mark), x);
                update(crc, x, new char[] {prefix.charAt(0), mark});
            }
        }
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Han ideographs, hiragana and katakana are tokens of their own: Chinese and Japanese put no spaces
     * between words, so a run of them would otherwise be one token per clause and no n-gram would match
     * across an edit (as Lucene's StandardTokenizer, which also emits each ideograph and hiragana alone).
     * A combining mark after one does not compose with it (precomposed kana, the normal form, are letters).
     */
    static boolean isSolo(int cp) {
        if (cp < SOLO_BMP_CHARS) {
            return (SOLO_BMP[cp >>> 6] & 1L << cp) != 0;
        }
        return soloByProperties(cp);
    }

    /** {@link #isSolo} from the Unicode properties: a binary search per call, so BMP chars are tabled. */
    static boolean soloByProperties(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        if (Character.isIdeographic(cp)) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A token of its own ({@link #isSolo}) that folds to itself: most ideographs and kana. The tokenizers
     * take it from these 8 KB of bits instead of its {@link #expansion}, one small array per char spread
     * over the heap, which Chinese text would read once per char.
     */
    static boolean isSoloAsIs(char c) {
        return (SOLO_AS_IS[c >>> 6] & 1L << c) != 0;
    }

    /** The fold of a BMP char that takes the slow path and is not a surrogate or capital sigma. */
    static char[] expansion(char c) {
        return EXPANSIONS[c];
    }

    /** The fold of a supplementary code point, or null when it folds to itself. */
    static char[] supplementary(int codePoint) {
        return SUPPLEMENTARY.get(codePoint);
    }

    /** The letter that {@code letter} followed by {@code mark} composes to, or -1. */
    static int compose(char letter, int mark) {
        return COMPOSITIONS.getOrDefault(key(letter, mark), -1);
    }

    private static long key(char letter, int mark) {
        return ((long) letter << 32) | mark;
    }

    /** CRC-32C of every table entry: equal checksums mean equal tokens for any text. */
    static long checksum() {
        return CHECKSUM;
    }

    private static void update(CRC32C crc, int codePoint, char value) {
        crc.update(ByteBuffer.allocate(6).putInt(codePoint).putChar(value).flip());
    }

    private static void update(CRC32C crc, int codePoint, char[] value) {
        ByteBuffer b = ByteBuffer.allocate(4 + 2 * value.length).putInt(codePoint);
        for (char v : value) {
            b.putChar(v);
        }
        crc.update(b.flip());
    }
}
