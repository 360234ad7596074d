package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.ngram.BlockedBloom;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.text.TokenSink;

/**
 * The scanner's hot path, in two passes over a document: fed token by token, it only keeps the term
 * hashes (one store per token), or it is given them ({@link #probe(long[], int)}); then it rolls the
 * 7-gram and 5-token short-key hashes over them and keeps the 8-gram and short-key positions that pass
 * the Bloom filters. Apart, the tokenizer's loop stays small, and the Bloom probes, independent of each
 * other, overlap in memory instead of waiting behind the tokenizer's branches. Offsets and letters are
 * not kept: the rare document whose candidates survive the posting table is tokenized again, in full,
 * for alignment.
 */
final class NgramProbe implements TokenSink {
    private static final long P2 = NgramHash.P * NgramHash.P;
    private final Seeds seeds;
    private final Seeds shortSeeds;
    private final boolean shortKeys;
    long[] hashes = new long[4096];
    int size;
    long[] candidateKey = new long[64];
    int[] candidatePos = new int[64];
    boolean[] candidateShort = new boolean[64];
    int candidates;

    NgramProbe(ItemIndex index) {
        this.seeds = new Seeds(index.seedBloom(), index.bloom(), ItemIndex.N, false);
        this.shortSeeds = new Seeds(index.shortSeedBloom(), index.shortBloom(), ItemIndex.SHORT_MIN, true);
        this.shortKeys = index.hasShortKeys();
    }

    void clear() {
        size = 0;
        candidates = 0;
    }

    @Override
    public void token(char[] term, int length, long hash, int start, int end) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash;
    }

    /**
     * Finds the candidates among the term hashes {@code h[0, size)}, short keys first, each kind in
     * position order (clearing those found before): for the hashes of a
     * {@link org.evalaudit.contamination.text.HashTokenizer}.
     */
    void probe(long[] h, int size) {
        candidates = 0;
        if (shortKeys) {
            probe(shortSeeds, h, size);
        }
        probe(seeds, h, size);
    }

    /**
     * An n-gram at position p holds the (n-1)-gram at p and the one at p + 1, one of them at an even
     * position. So the (n-1)-gram filter is probed at even positions only (its hash rolled two tokens at
     * a time), and where it passes, the n-grams at that position and the one before go to the n-gram
     * filter: half the probes of probing every n-gram, and a candidate has passed two filters (about 2 %
     * of positions reached the posting table through the n-gram filter alone).
     */
    private void probe(Seeds kind, long[] h, int size) {
        int m = kind.n - 1;
        if (size < kind.n) {
            return;
        }
        long seed = NgramHash.of(h, 0, m);
        for (int q = 0; ; q += 2) {
            if (kind.seedFilter.mightContain(seed)) {
                addIfIn(kind, h, size, q - 1);
                addIfIn(kind, h, size, q);
            }
            if (q + 2 + m > size) {
                return;
            }
            seed = seed * P2 + h[q + m] * NgramHash.P + h[q + m + 1] - h[q] * kind.firstOut - h[q + 1] * kind.secondOut;
        }
    }

    private void addIfIn(Seeds kind, long[] h, int size, int pos) {
        if (pos >= 0 && pos + kind.n <= size) {
            long key = NgramHash.of(h, pos, kind.n);
            if (kind.keyFilter.mightContain(key)) {
                add(key, pos, kind.isShort);
            }
        }
    }

    private void add(long key, int pos, boolean isShort) {
        if (candidates == candidateKey.length) {
            candidateKey = Arrays.copyOf(candidateKey, candidates * 2);
            candidatePos = Arrays.copyOf(candidatePos, candidates * 2);
            candidateShort = Arrays.copyOf(candidateShort, candidates * 2);
        }
        candidateKey[candidates] = key;
        candidatePos[candidates] = pos;
        candidateShort[candidates] = isShort;
        candidates++;
    }

    /**
     * One kind of key (the N-grams or the short keys): its filter, the filter of its (n-1)-gram seeds,
     * and the weights of the two tokens that leave a seed rolled two positions.
     */
    private record Seeds(BlockedBloom seedFilter, BlockedBloom keyFilter, int n, boolean isShort, long firstOut,
                         long secondOut) {
        Seeds(BlockedBloom seedFilter, BlockedBloom keyFilter, int n, boolean isShort) {
            this(seedFilter, keyFilter, n, isShort, NgramHash.outgoingWeight(n + 1), NgramHash.outgoingWeight(n));
        }
    }
}
