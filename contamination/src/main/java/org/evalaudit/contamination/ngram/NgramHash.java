package org.evalaudit.contamination.ngram;

/**
 * The hash of n consecutive term hashes: the polynomial {@code sum t[i+j] * P^(n-1-j)} modulo 2^64.
 * Being a polynomial it rolls: sliding the window one token costs one multiply-subtract and one
 * multiply-add (Karp and Rabin 1987), and the rolled value equals the value computed from scratch
 * exactly, because modular arithmetic on {@code long} is exact. Term hashes are already avalanched
 * ({@link org.evalaudit.contamination.text.TermHash}), so the sum is uniformly distributed.
 */
public final class NgramHash {
    /** Odd multiplier (the 64-bit golden ratio), so multiplication by it is a bijection. */
    public static final long P = 0x9e3779b97f4a7c15L;

    private NgramHash() {
    }

    /** Hash of {@code terms[from, from + n)}. */
    public static long of(long[] terms, int from, int n) {
        long h = 0;
        for (int j = 0; j < n; j++) {
            h = h * P + terms[from + j];
        }
        return h;
    }

    /** {@code P^(n-1)}: the weight of the term that leaves the window when it rolls. */
    public static long outgoingWeight(int n) {
        long w = 1;
        for (int j = 1; j < n; j++) {
            w *= P;
        }
        return w;
    }

    /** The hash of the window moved one token right: drop {@code outgoing}, append {@code incoming}. */
    public static long roll(long hash, long outgoing, long incoming, long outgoingWeight) {
        return (hash - outgoing * outgoingWeight) * P + incoming;
    }
}
