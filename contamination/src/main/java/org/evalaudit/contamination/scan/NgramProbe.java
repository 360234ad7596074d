package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.ngram.BlockedBloom;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.text.TokenSink;

/**
 * The scanner's hot path, fed token by token: keeps the term hashes (one store per token), rolls the
 * 8-gram and 5-token short-key hashes and keeps the positions that pass the Bloom filters. Offsets and
 * letters are not kept: the rare document whose candidates survive the posting table is tokenized
 * again, in full, for alignment.
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
    private long rolling;
    private long rollingShort;
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
        rolling = 0;
        rollingShort = 0;
        candidates = 0;
    }

    @Override
    public void token(char[] term, int length, long hash, int start, int end) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        int k = size;
        hashes[size++] = hash;
        long h = rolling * NgramHash.P + hash;
        if (k >= N) {
            h -= hashes[k - N] * WEIGHT_N;
        }
        rolling = h;
        if (k >= N - 1 && bloom.mightContain(h)) {
            add(h, k - N + 1, false);
        }
        if (shortKeys) {
            long hs = rollingShort * NgramHash.P + hash;
            if (k >= S) {
                hs -= hashes[k - S] * WEIGHT_S;
            }
            rollingShort = hs;
            if (k >= S - 1 && shortBloom.mightContain(hs)) {
                add(hs, k - S + 1, true);
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
