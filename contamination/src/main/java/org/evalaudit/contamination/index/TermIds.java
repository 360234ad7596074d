package org.evalaudit.contamination.index;

import java.util.Arrays;
import org.apache.lucene.util.BytesRef;

/**
 * Dense ids for the distinct terms of a buffered segment, keyed on the term's UTF-8 bytes.
 *
 * <p>Why not Lucene's {@code BytesRefHash}: its lookup reads the slot, then the term's start, then the
 * pooled bytes, three dependent cache misses per token, which profiles showed as a quarter of the build.
 * Here a slot is one {@code long}: the high 32 bits of the term's 64-bit hash (already computed by the
 * tokenizer) beside its id, so a probe reads 8 bytes and the table is half the size of a (hash, id) pair
 * table: 0.6 to 0.8 of the time per token in a loop over the synthetic corpus's tokens, about 5 % less
 * CPU for a whole 200 MB build (docs/bench-indexfast.md). The slot index comes from the hash's low bits,
 * so a stored tag and its slot together pin about 32 + log2(slots) bits of the hash; the term bytes are
 * still compared on every tag match, with a plain loop (the terms are a few bytes long), so the index
 * stays exact whatever the collisions. Each id's full hash is kept to place it again when the table grows.
 */
final class TermIds {
    private static final long EMPTY = -1L;
    private static final long TAG = 0xFFFF_FFFF_0000_0000L;
    /** The id in a sort key of {@link #sortedIds}. */
    private static final long ID_MASK = (1L << 31) - 1;

    /** Slot s: {@code hash & TAG | id}, or {@link #EMPTY} (no tag and id are both all ones: ids are below 2^31). */
    private long[] table = newTable(1 << 14);
    private int mask = (1 << 14) - 1;
    private byte[] pool = new byte[1 << 16];
    private int poolSize;
    /** Term id i is {@code pool[starts[i], starts[i + 1])}. */
    private int[] starts = new int[1 << 12];
    /** Term id i's 64-bit hash. */
    private long[] hashes = new long[1 << 12];
    private int count;

    private static long[] newTable(int slots) {
        long[] table = new long[slots];
        Arrays.fill(table, EMPTY);
        return table;
    }

    /**
     * The id of the term {@code bytes[from, to)} whose hash is {@code hash}, a new one if it is new. The hash
     * must be a function of the bytes alone.
     */
    int add(byte[] bytes, int from, int to, long hash) {
        long tag = hash & TAG;
        int slot = (int) hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == EMPTY) {
                return insert(slot, bytes, from, to, hash);
            }
            if ((entry & TAG) == tag && equal((int) entry, bytes, from, to)) {
                return (int) entry;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Whether term {@code id} is {@code bytes[from, to)}. */
    private boolean equal(int id, byte[] bytes, int from, int to) {
        int at = starts[id];
        if (starts[id + 1] - at != to - from) {
            return false;
        }
        for (int i = from; i < to; i++, at++) {
            if (pool[at] != bytes[i]) {
                return false;
            }
        }
        return true;
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
            hashes = Arrays.copyOf(hashes, starts.length);
        }
        int id = count++;
        starts[id + 1] = poolSize;
        hashes[id] = hash;
        table[slot] = (hash & TAG) | id;
        if (2 * count > mask) {
            grow();
        }
        return id;
    }

    private void grow() {
        table = newTable(2 * (mask + 1));
        mask = 2 * mask + 1;
        for (int id = 0; id < count; id++) {
            int slot = (int) hashes[id] & mask;
            while (table[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (hashes[id] & TAG) | id;
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

    /**
     * The ids in the order of their terms' bytes (unsigned), the order Lucene's terms dictionary needs.
     *
     * <p>An MSD radix sort with 4-byte digits: each id becomes a key (the term's 4 bytes from the digit's
     * offset, zero-padded, above the id) sorted with {@code Arrays.sort(long[])}, and each run of equal
     * digits among terms that go on is sorted again on the next 4 bytes. Why not Lucene's
     * {@code MSBRadixSorter}: its comparison fallback ({@code IntroSorter}) cost 2 to 3 s of C2 compiler
     * time in every fresh JVM, a third of the JIT cost of indexing a 32 MB corpus (docs/bench-index.md),
     * while a primitive sort compiles small. Zero padding orders a term before its extensions, since a
     * term's UTF-8 bytes are never zero.
     */
    int[] sortedIds() {
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            keys[i] = key(i, 0);
        }
        sortRun(keys, 0, count, 0);
        int[] ids = new int[count];
        for (int i = 0; i < count; i++) {
            ids[i] = (int) (keys[i] & ID_MASK);
        }
        return ids;
    }

    /** Term {@code id}'s 4 bytes from {@code offset} (unsigned, zero-padded) above the id: 63 bits. */
    private long key(int id, int offset) {
        int at = starts[id] + offset;
        int end = starts[id + 1];
        long digit = 0;
        for (int k = 0; k < 4; k++, at++) {
            digit = digit << 8 | (at < end ? pool[at] & 0xFF : 0);
        }
        return digit << 31 | id;
    }

    /** Sorts {@code keys[from, to)}, whose terms agree before {@code offset}, by their bytes from there. */
    private void sortRun(long[] keys, int from, int to, int offset) {
        Arrays.sort(keys, from, to);
        int next = offset + 4;
        for (int runStart = from; runStart < to; ) {
            long digit = keys[runStart] >>> 31;
            int runEnd = runStart + 1;
            while (runEnd < to && keys[runEnd] >>> 31 == digit) {
                runEnd++;
            }
            if (runEnd - runStart > 1) {
                for (int r = runStart; r < runEnd; r++) {
                    keys[r] = key((int) (keys[r] & ID_MASK), next);
                }
                sortRun(keys, runStart, runEnd, next);
            }
            runStart = runEnd;
        }
    }

    /** Approximate heap bytes held. */
    long ramBytes() {
        return 8L * table.length + pool.length + 12L * starts.length;
    }
}
