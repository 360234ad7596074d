package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.ngram.BlockedBloom;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.text.TokenSink;

/**
 * The scanner's hot path, in two passes over a document: fed token by token, it only keeps the term
 * hashes (one store per token), or it is given them ({@link #probe(long[], int)}); then it rolls the
 * 8-gram and 5-token short-key hashes over them and keeps the positions that pass the Bloom filters.
 * Apart, the tokenizer's loop stays small, and the Bloom probes, independent of each other, overlap in
 * memory instead of waiting behind the tokenizer's branches. Offsets and letters are not kept: the rare document whose candidates survive the
 * posting table is tokenized again, in full, for alignment.
 */
final class NgramProbe implements TokenSink {
    private static final int N = ItemIndex.N;
    private static final int S = ItemIndex.SHORT_MIN;
    private static final long WEIGHT_N = NgramHash.outgoingWeight(N + 1);
    private static final long WEIGHT_S = NgramHash.outgoingWeight(S + 1);
    private final BlockedBloom bloom;
    private final BlockedBloom shortBloom;
    private final boolean shortKeys;
    long[] hashes = new long[4096];
    int size;
    long[] candidateKey = new long[64];
    int[] candidatePos = new int[64];
    boolean[] candidateShort = new boolean[64];
    int candidates;

    NgramProbe(ItemIndex index) {
        this.bloom = index.bloom();
        this.shortBloom = index.shortBloom();
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
     * Finds the candidates among the term hashes {@code h[0, size)}, in position order (clearing those
     * found before): for the hashes of a {@link org.evalaudit.contamination.text.HashTokenizer}.
     */
    void probe(long[] h, int size) {
        candidates = 0;
        long rolling = 0;
        long rollingShort = 0;
        for (int k = 0; k < size; k++) {
            long hash = h[k];
            long r = rolling * NgramHash.P + hash;
            if (k >= N) {
                r -= h[k - N] * WEIGHT_N;
            }
            rolling = r;
            if (k >= N - 1 && bloom.mightContain(r)) {
                add(r, k - N + 1, false);
            }
            if (shortKeys) {
                long rs = rollingShort * NgramHash.P + hash;
                if (k >= S) {
                    rs -= h[k - S] * WEIGHT_S;
                }
                rollingShort = rs;
                if (k >= S - 1 && shortBloom.mightContain(rs)) {
                    add(rs, k - S + 1, true);
                }
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
}
