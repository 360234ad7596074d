package org.evalaudit.contamination.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of UTF-8 JSON string text classified at once, in a {@code long} (SIMD within a register),
 * so that {@link HashTokenizer} finds where an ASCII word starts and ends, and folds it, without a
 * branch per byte. Each mask has bit 7 of a byte set where the byte is of its kind, byte 0 being the
 * first in the text (little-endian). Exactly {@link HashTokenizer}'s byte table for every byte value
 * ({@code AsciiWordsTest}): ASCII letters and digits are the term bytes, and the bytes that end the
 * ASCII loop are those of a multi-byte char, the closing quote, the backslash of an escape and the
 * control chars.
 */
final class AsciiWords {
    static final long HIGH = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = ~HIGH;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private AsciiWords() {
    }

    /** The eight bytes at {@code bytes[i, i + 8)}, the first in the low byte. */
    static long load(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    /** ASCII letters and digits: the bytes of a term. */
    static long alnum(long w) {
        long x = w & LOW7;
        long lower = x | 0x20 * ONES;
        long letter = (lower + (0x80 - 'a') * ONES) & ~(lower + (0x80 - 'z' - 1) * ONES);
        long digit = (x + (0x80 - '0') * ONES) & ~(x + (0x80 - '9' - 1) * ONES);
        return (letter | digit) & ~w & HIGH;
    }

    /** The bytes that are not plain ASCII text of a JSON string: {@code >= 0x80}, '"', '\\', {@code < 0x20}. */
    static long slow(long w) {
        long x = w & LOW7;
        long control = ~(x + (0x80 - 0x20) * ONES);
        long quote = ~((x ^ '"' * ONES) + 0x7F * ONES);
        long backslash = ~((x ^ '\\' * ONES) + 0x7F * ONES);
        return w & HIGH | (control | quote | backslash) & HIGH;
    }

    /**
     * The folded bytes (lower case) where {@code alnum} marks a term byte: 0x20 set, which lower-cases an
     * ASCII capital and leaves lower-case letters and digits as they are.
     */
    static long fold(long w, long alnum) {
        return w | alnum >>> 2;
    }

    /** The first {@code bytes} bytes of a word (0 to 7), the others zero. */
    static long prefix(long w, int bytes) {
        return w & ((1L << (bytes << 3)) - 1);
    }

    /** The index of the first byte of a mask's kind, or 8 if none. */
    static int first(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }
}
