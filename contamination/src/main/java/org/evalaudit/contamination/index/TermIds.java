package org.evalaudit.contamination.index;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.MSBRadixSorter;

/**
 * Dense ids for the distinct terms of a buffered segment, keyed on the term's UTF-8 bytes.
 *
 * <p>Why not Lucene's {@code BytesRefHash}: its lookup reads the slot, then the term's start, then the
 * pooled bytes, three dependent cache misses per token, which profiles showed as a quarter of the build.
 * Here a slot holds the term's 64-bit hash (already computed by the tokenizer) beside its id, so a probe
 * reads one cache line and touches the term bytes only to confirm a hash match (the bytes are always
 * compared: the index must stay exact whatever the collisions).
 */
final class TermIds {
    private static final int EMPTY = -1;

    /** Slot s: {@code table[2s]} the hash, {@code table[2s + 1]} the id, or {@link #EMPTY}. */
    private long[] table = newTable(1 << 14);
    private int mask = (1 << 14) - 1;
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    /** Term id i is {@code pool[starts[i], starts[i + 1])}. */
    private int[] starts = new int[1 << 12];
    private int count;

    private static long[] newTable(int slots) {
        long[] table = new long[2 * slots];
        for (int s = 1; s < table.length; s += 2) {
            table[s] = EMPTY;
        }
        return table;
    }

    /**
     * The id of the term {@code bytes[from, to)} whose hash is {@code hash}, a new one if it is new. The hash
     * must be a function of the bytes alone.
     */
    int add(byte[] bytes, int from, int to, long hash) {
        int slot = (int) hash & mask;
        while (true) {
            int id = (int) table[2 * slot + 1];
            if (id == EMPTY) {
                return insert(slot, bytes, from, to, hash);
            }
            if (table[2 * slot] == hash && Arrays.equals(pool, starts[id], starts[id + 1], bytes, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int insert(int slot, byte[] bytes, int from, int to, long hash) {
        int length = to - from;
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        }
        System.arraycopy(bytes, from, pool, poolSize, length);
        poolSize += length;
        if (count + 2 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        int id = count++;
        starts[id + 1] = poolSize;
        table[2 * slot] = hash;
        table[2 * slot + 1] = id;
        if (2 * count > mask) {
            grow();
        }
        return id;
    }

    private void grow() {
        long[] old = table;
        table = newTable(2 * (mask + 1));
        mask = 2 * mask + 1;
        for (int s = 0; s < old.length; s += 2) {
            if (old[s + 1] != EMPTY) {
                int slot = (int) old[s] & mask;
                while (table[2 * slot + 1] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[s];
                table[2 * slot + 1] = old[s + 1];
            }
        }
    }

    int size() {
        return count;
    }

    /** Points {@code ref} at the bytes of term {@code id}. */
    void term(int id, BytesRef ref) {
        ref.bytes = pool;
        ref.offset = starts[id];
        ref.length = starts[id + 1] - starts[id];
    }

    /** The ids in the order of their terms' bytes (unsigned), the order Lucene's terms dictionary needs. */
    int[] sortedIds() {
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = i;
        }
        new MSBRadixSorter(Integer.MAX_VALUE) {
            @Override
            protected int byteAt(int i, int k) {
                int at = starts[ids[i]] + k;
                return at < starts[ids[i] + 1] ? pool[at] & 0xFF : -1;
            }

            @Override
            protected void swap(int i, int j) {
                int t = ids[i];
                ids[i] = ids[j];
                ids[j] = t;
            }
        }.sort(0, count);
        return ids;
    }

    /** Approximate heap bytes held. */
    long ramBytes() {
        return 8L * table.length + pool.length + 4L * starts.length;
    }
}
