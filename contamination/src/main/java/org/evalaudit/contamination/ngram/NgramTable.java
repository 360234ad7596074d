package org.evalaudit.contamination.ngram;

import it.unimi.dsi.fastutil.longs.LongArrays;

/**
 * Postings sorted by n-gram hash with a radix directory over the hash's top bits: a lookup reads one
 * directory slot and scans the (on average one-key) bucket. Only the low 32 bits of each key are kept,
 * the directory fixes the top ones; a rare false match costs only a wasted verification, because the
 * scanner compares the actual tokens before it counts anything. 14 bytes per posting (key, posting, item
 * frequency of the key) plus 4 bytes per directory slot, instead of the 30+ of a boxed map.
 */
public final class NgramTable {
    private final int[] keyLow;
    private final long[] postings;
    private final int[] directory;
    private final char[] itemFrequency;
    private final int bits;

    /**
     * @param keys n-gram hashes, one per posting (reordered in place)
     * @param postings the postings (reordered in place)
     * @param size number of valid entries in both arrays
     */
    public NgramTable(long[] keys, long[] postings, int size) {
        LongArrays.radixSort(keys, postings, 0, size);
        this.bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1)));
        this.directory = new int[(1 << bits) + 1];
        this.keyLow = new int[size];
        this.postings = java.util.Arrays.copyOf(postings, size);
        int slot = 0;
        for (int i = 0; i < size; i++) {
            int bucket = bucket(keys[i]);
            while (slot <= bucket) {
                directory[slot++] = i;
            }
            keyLow[i] = (int) keys[i];
        }
        while (slot < directory.length) {
            directory[slot++] = size;
        }
        this.itemFrequency = new char[size];
        for (int i = 0; i < size; ) {
            int j = i;
            int distinct = 0;
            int lastItem = -1;
            while (j < size && keys[j] == keys[i]) {
                int item = Posting.item(this.postings[j]);
                if (item != lastItem) {
                    distinct++;
                    lastItem = item;
                }
                j++;
            }
            java.util.Arrays.fill(itemFrequency, i, j, (char) Math.min(distinct, Character.MAX_VALUE));
            i = j;
        }
    }

    private int bucket(long key) {
        return (int) ((key ^ Long.MIN_VALUE) >>> (64 - bits));
    }

    /**
     * The postings of {@code key} as {@code start << 32 | end} (indexes into {@link #posting(int)}), or -1
     * when absent. Postings of one key are sorted by item, then field, then position.
     */
    public long range(long key) {
        int b = bucket(key);
        int low = (int) key;
        int end = directory[b + 1];
        for (int i = directory[b]; i < end; i++) {
            if (keyLow[i] == low) {
                int j = i + 1;
                while (j < end && keyLow[j] == low) {
                    j++;
                }
                return ((long) i << 32) | j;
            }
        }
        return -1;
    }

    /** Distinct items sharing the key of posting {@code index} (saturates at 65,535). */
    public int itemFrequency(int index) {
        return itemFrequency[index];
    }

    public long posting(int index) {
        return postings[index];
    }

    public int size() {
        return postings.length;
    }

    public long memoryBytes() {
        return 4L * keyLow.length + 8L * postings.length + 4L * directory.length + 2L * itemFrequency.length;
    }
}
