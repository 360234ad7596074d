package org.evalaudit.contamination.text;

/**
 * The 64-bit hash of one folded term: a hash of the term's UTF-8 bytes taken eight at a time, so that
 * the scanner hashes an ASCII word straight from the corpus bytes with one multiply-and-rotate per eight
 * bytes ({@link AsciiWords}), finished with the MurmurHash3 {@code fmix64} avalanche so that every bit
 * of the result depends on every byte. Every full eight bytes, little-endian, go through
 * {@link #round} (the xxHash64 round, Collet, BSD licence), and {@link #last} mixes in the 0 to 7 bytes
 * left (zero-padded: a term never contains a zero byte) and the byte length. N-gram hashes are built from these, so they are part of the analyzer's fingerprint:
 * changing this function changes every stored hash ({@link CanonicalAnalyzer#VERSION}).
 */
public final class TermHash {
    /** The state before the first word. */
    static final long START = 0xcbf29ce484222325L;
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    private TermHash() {
    }

    public static long of(char[] chars, int from, int length) {
        long acc = START;
        long word = 0;
        int shift = 0;
        int bytes = 0;
        for (int i = from, end = from + length; i < end; i++) {
            char c = chars[i];
            long utf8;
            int bits;
            if (c < 0x80) {
                utf8 = c;
                bits = 8;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                int cp = Character.toCodePoint(c, chars[++i]);
                utf8 = (0xF0 | cp >>> 18) | (0x80 | cp >>> 12 & 0x3F) << 8 | (0x80 | cp >>> 6 & 0x3F) << 16
                        | (long) (0x80 | cp & 0x3F) << 24;
                bits = 32;
            } else {
                utf8 = utf8(c);
                bits = utf8Bits(c);
            }
            word |= utf8 << shift;
            shift += bits;
            if (shift >= Long.SIZE) {
                // a full word; the char's bytes that did not fit (if any) start the next
                acc = round(acc, word);
                shift -= Long.SIZE;
                word = utf8 >>> (bits - shift);
            }
            bytes += bits >>> 3;
        }
        return last(acc, word, bytes);
    }

    /** The hash of the term whose UTF-8 is {@code bytes[from, to)}, read eight bytes at a time. */
    static long ofUtf8(byte[] bytes, int from, int to) {
        long acc = START;
        int i = from;
        for (; i <= to - Long.BYTES; i += Long.BYTES) {
            acc = round(acc, AsciiWords.load(bytes, i));
        }
        long rest = 0;
        if (i < to && i <= bytes.length - Long.BYTES) {
            rest = AsciiWords.prefix(AsciiWords.load(bytes, i), to - i);
        } else {
            for (int k = i; k < to; k++) {
                rest |= (bytes[k] & 0xFFL) << ((k - i) << 3);
            }
        }
        return last(acc, rest, to - from);
    }

    /** The hash of a term of one BMP char that is not a surrogate, such as an ideograph. */
    static long of(char c) {
        return last(START, utf8(c), utf8Bits(c) >>> 3);
    }

    /**
     * The UTF-8 bytes of a BMP char, first byte lowest; a lone surrogate takes the three-byte form, as in
     * CESU-8 (no tokenizer puts one in a term).
     */
    static long utf8(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c < 0x800) {
            return (0xC0 | c >>> 6) | (0x80 | c & 0x3F) << 8;
        }
        return (0xE0 | c >>> 12) | (0x80 | c >>> 6 & 0x3F) << 8 | (0x80 | c & 0x3F) << 16;
    }

    /** Bits of {@link #utf8}: 8, 16 or 24. */
    static int utf8Bits(char c) {
        return c < 0x80 ? 8 : c < 0x800 ? 16 : 24;
    }

    public static long of(CharSequence term) {
        char[] chars = term.toString().toCharArray();
        return of(chars, 0, chars.length);
    }

    /** Takes in eight more bytes of the term, a full word. */
    static long round(long acc, long word) {
        return Long.rotateLeft(acc + word * P2, 31) * P1;
    }

    /** The hash, from the state after the full words, the 0 to 7 bytes left and the term's length in bytes. */
    static long last(long acc, long lastWord, int bytes) {
        return mix(acc ^ lastWord * P2 ^ bytes * P3);
    }

    /** MurmurHash3's 64-bit finaliser (Appleby, public domain): a bijection with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
