package org.evalaudit.contamination.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexPrimitivesTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void rollingHashEqualsTheHashComputedFromScratch(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] terms = random.longs(500).toArray();
        for (int n : new int[] {1, 5, 8, 13}) {
            long weight = NgramHash.outgoingWeight(n);
            long h = NgramHash.of(terms, 0, n);
            for (int i = 1; i + n <= terms.length; i++) {
                h = NgramHash.roll(h, terms[i - 1], terms[i + n - 1], weight);
                assertEquals(NgramHash.of(terms, i, n), h);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 8, 9})
    void bloomHasNoFalseNegativesAndAboutTheDocumentedFalsePositiveRate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int keys = 1 << 17;
        BlockedBloom bloom = new BlockedBloom(keys, 8);
        long[] added = random.longs(keys).map(k -> k * NgramHash.P).toArray();
        for (long k : added) {
            bloom.add(k);
        }
        for (long k : added) {
            assertTrue(bloom.mightContain(k));
        }
        int falsePositives = 0;
        int probes = 1_000_000;
        for (int i = 0; i < probes; i++) {
            if (bloom.mightContain(random.nextLong() * NgramHash.P)) {
                falsePositives++;
            }
        }
        double rate = (double) falsePositives / probes;
        // 8 bits per key, 4 bits in one 64-bit word: about 3 % (blocked filters pay a little over the 2.4 %
        // of a classic filter for locality)
        assertTrue(rate > 0.015 && rate < 0.04, "false-positive rate " + rate);
        BlockedBloom roomy = new BlockedBloom(keys, 16);
        for (long k : added) {
            roomy.add(k);
        }
        int roomyPositives = 0;
        for (int i = 0; i < probes; i++) {
            if (roomy.mightContain(random.nextLong() * NgramHash.P)) {
                roomyPositives++;
            }
        }
        assertTrue((double) roomyPositives / probes < 0.006, "16 bits per key: " + roomyPositives);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void tableFindsEveryPostingOfEveryKeyAndNothingElse(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 20_000;
        long[] keys = new long[n];
        long[] postings = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(5000) * NgramHash.P;
            postings[i] = Posting.pack(i, i % 5, i % 100);
        }
        long[] keyCopy = keys.clone();
        NgramTable table = new NgramTable(keys, postings, n);
        for (int i = 0; i < n; i++) {
            long range = table.range(keyCopy[i]);
            boolean found = false;
            for (int k = (int) (range >>> 32); k < (int) range; k++) {
                found |= Posting.item(table.posting(k)) == i;
            }
            assertTrue(found, "posting " + i);
        }
        assertEquals(-1, table.range(123_456_789L * NgramHash.P + 1));
    }
}
