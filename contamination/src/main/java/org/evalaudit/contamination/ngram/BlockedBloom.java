package org.evalaudit.contamination.ngram;

/**
 * A register-blocked Bloom filter (Putze, Sanders and Singler, "Cache-, hash- and space-efficient Bloom
 * filters", 2007): each key sets four bits inside one 64-bit word, so a probe is one memory access.
 * It sits in front of the posting table because most corpus n-grams match no item, and the table
 * probe (two dependent cache misses) is what would otherwise dominate a scan. False positives: about
 * 3 % at 8 bits per key, 0.3 % at 16 (measured by {@code IndexPrimitivesTest}).
 */
public final class BlockedBloom {
    private final long[] words;
    private final int shift;

    /** A filter sized for {@code keys} keys at {@code bitsPerKey} bits each (rounded up to a power of two). */
    public BlockedBloom(int keys, int bitsPerKey) {
        long wanted = Math.max(1, ((long) keys * bitsPerKey + 63) / 64);
        int bits = 64 - Long.numberOfLeadingZeros(wanted - 1);
        this.words = new long[1 << bits];
        this.shift = 64 - bits;
    }

    public void add(long key) {
        words[index(key)] |= mask(key);
    }

    /** False means the key was certainly never added. */
    public boolean mightContain(long key) {
        long m = mask(key);
        return (words[index(key)] & m) == m;
    }

    private int index(long key) {
        return shift == 64 ? 0 : (int) (key >>> shift);
    }

    /** Four bit positions from the low 24 bits; the word index uses the high bits, so they are independent. */
    private static long mask(long key) {
        return (1L << key) | (1L << (key >>> 6)) | (1L << (key >>> 12)) | (1L << (key >>> 18));
    }

    public long memoryBytes() {
        return 8L * words.length;
    }
}
