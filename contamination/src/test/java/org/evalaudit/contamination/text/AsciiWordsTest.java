package org.evalaudit.contamination.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The eight-bytes-at-once masks agree with the byte table of the tokenizer for every byte value in every
 * lane, whatever the other seven bytes are (a carry or borrow between lanes would break that).
 */
class AsciiWordsTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyByteInEveryLaneIsClassifiedAndFoldedAsTheTableSays(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int lane = 0; lane < 8; lane++) {
            for (int b = 0; b < 256; b++) {
                long w = random.nextLong() & ~(0xFFL << (lane * 8)) | (long) b << (lane * 8);
                byte[] bytes = new byte[8];
                for (int k = 0; k < 8; k++) {
                    bytes[k] = (byte) (w >>> (k * 8));
                }
                assertEquals(w, AsciiWords.load(bytes, 0), "little-endian load");
                long alnum = AsciiWords.alnum(w);
                long slow = AsciiWords.slow(w);
                long folded = AsciiWords.fold(w, alnum);
                for (int k = 0; k < 8; k++) {
                    int v = (int) (w >>> (k * 8)) & 0xFF;
                    boolean isSlow = v >= 0x80 || v < 0x20 || v == '"' || v == '\\';
                    char f = isSlow ? FoldingTable.SLOW : FoldingTable.FAST[v];
                    String what = "byte 0x" + Integer.toHexString(v) + " in lane " + k;
                    assertEquals(isSlow, (slow >>> (k * 8 + 7) & 1) == 1, what + ": slow");
                    boolean letterOrDigit = f > FoldingTable.SLOW;
                    assertEquals(letterOrDigit, (alnum >>> (k * 8 + 7) & 1) == 1, what + ": letter or digit");
                    assertEquals(!letterOrDigit && !isSlow, f == 0, what + ": a separator is neither");
                    if (letterOrDigit) {
                        assertEquals(f, (int) (folded >>> (k * 8)) & 0xFF, what + ": folded");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 7})
    void prefixKeepsTheFirstBytesAndFirstFindsTheFirstMarkedByte(int bytes) {
        long expected = 0;
        for (int k = 0; k < bytes; k++) {
            expected |= (long) (k + 1) << (k * 8);
        }
        assertEquals(expected, AsciiWords.prefix(0x0807060504030201L, bytes));
        long marks = AsciiWords.HIGH & -1L << (bytes * 8);
        assertEquals(bytes, AsciiWords.first(marks));
        assertEquals(8, AsciiWords.first(0));
    }
}
