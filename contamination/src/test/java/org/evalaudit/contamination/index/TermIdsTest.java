package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.apache.lucene.util.BytesRef;
import org.evalaudit.contamination.text.TermHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TermIds} gives one dense id per distinct term bytes, in order of first appearance, whatever the
 * hashes: a slot keeps only part of the hash, so terms whose hashes share the slot bits, the kept high
 * bits, or everything must still get their own ids (the index must stay exact). Checked against a
 * {@code HashMap} on seeded random terms, through several table growths, with real and degenerate hashes.
 */
class TermIdsTest {
    /** How a test term's hash is made from its bytes (any function of the bytes is allowed). */
    enum Hashing {
        /** A well-mixed hash of the bytes, as the tokenizer's term hash is. */
        REAL(bytes -> TermHash.mix(Arrays.hashCode(bytes))),
        /** Every term collides completely. */
        CONSTANT(bytes -> 42L),
        /** Same high (kept) bits for every term: only the slot bits differ. */
        SAME_HIGH_BITS(bytes -> TermHash.mix(Arrays.hashCode(bytes)) & 0xFFFF_FFFFL),
        /** Same low (slot) bits for every term: all probe from one slot, tags differ. */
        SAME_LOW_BITS(bytes -> TermHash.mix(Arrays.hashCode(bytes)) & 0xFFFF_FFFF_0000_0000L),
        /** Few distinct hashes: many different terms share each full hash. */
        FEW(bytes -> TermHash.mix(Arrays.hashCode(bytes) & 7));

        final ToLongFunction<byte[]> hash;

        Hashing(ToLongFunction<byte[]> hash) {
            this.hash = hash;
        }
    }

    @ParameterizedTest
    @CsvSource({
        "REAL, 1, 60000", "REAL, 2, 3000", "CONSTANT, 3, 600", "SAME_HIGH_BITS, 4, 40000",
        "SAME_LOW_BITS, 5, 1500", "FEW, 6, 2000"
    })
    void onePerDistinctTermInFirstAppearanceOrder(Hashing hashing, long seed, int vocabulary) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> words = new ArrayList<>();
        for (int w = 0; w < vocabulary; w++) {
            byte[] word = new byte[random.nextInt(1, 14)];
            for (int i = 0; i < word.length; i++) {
                // a small alphabet, so that many words share prefixes, lengths and (for short ones) bytes
                word[i] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(4) : 0xC3 - random.nextInt(2));
            }
            words.add(word);
        }
        TermIds ids = new TermIds();
        Map<String, Integer> expected = new HashMap<>();
        List<String> byId = new ArrayList<>();
        byte[] text = new byte[64];
        for (int token = 0; token < 4 * vocabulary; token++) {
            byte[] word = words.get((int) (Math.pow(random.nextDouble(), 2) * vocabulary));
            int from = random.nextInt(text.length - word.length);
            System.arraycopy(word, 0, text, from, word.length);
            int id = ids.add(text, from, from + word.length, hashing.hash.applyAsLong(word));
            String key = Arrays.toString(word);
            Integer known = expected.putIfAbsent(key, expected.size());
            if (known == null) {
                byId.add(key);
            }
            assertEquals(expected.get(key), id, "term " + key);
        }
        assertEquals(expected.size(), ids.size());
        BytesRef ref = new BytesRef();
        for (int id = 0; id < ids.size(); id++) {
            ids.term(id, ref);
            assertEquals(byId.get(id), Arrays.toString(BytesRef.deepCopyOf(ref).bytes));
        }
        int[] sorted = ids.sortedIds();
        for (int r = 1; r < sorted.length; r++) {
            BytesRef previous = new BytesRef();
            ids.term(sorted[r - 1], previous);
            ids.term(sorted[r], ref);
            assertEquals(-1, Integer.signum(previous.compareTo(ref)), "byte order at rank " + r);
        }
        int[] all = sorted.clone();
        Arrays.sort(all);
        int[] dense = new int[ids.size()];
        Arrays.setAll(dense, i -> i);
        assertArrayEquals(dense, all);
    }
}
