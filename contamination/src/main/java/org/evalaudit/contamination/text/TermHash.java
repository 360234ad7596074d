package org.evalaudit.contamination.text;

/**
 * The 64-bit hash of one folded term: FNV-1a over its UTF-16 chars, finished with the MurmurHash3
 * {@code fmix64} avalanche so that every bit of the result depends on every char. N-gram hashes are
 * built from these, so they are part of the analyzer's fingerprint: changing this function changes every
 * stored hash.
 */
public final class TermHash {
    /** The state before the first char. */
    static final long START = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TermHash() {
    }

    public static long of(char[] chars, int from, int length) {
        long h = START;
        for (int i = from, end = from + length; i < end; i++) {
            h = (h ^ chars[i]) * FNV_PRIME;
        }
        return mix(h ^ length);
    }

    public static long of(CharSequence term) {
        long h = START;
        int length = term.length();
        for (int i = 0; i < length; i++) {
            h = (h ^ term.charAt(i)) * FNV_PRIME;
        }
        return mix(h ^ length);
    }

    /** One char more: the incremental form of {@link #of(char[], int, int)}, used by the tokenizer's loop. */
    static long step(long state, char c) {
        return (state ^ c) * FNV_PRIME;
    }

    /** The hash of a term of {@code length} chars from its state after its last char. */
    static long finish(long state, int length) {
        return finishUnfinished(unfinished(state, length));
    }

    /**
     * Without a branch, for loops that must not branch per char: the state after {@code c}, continuing
     * the term of {@code state} where {@code keep} is all ones, and starting a new term where it is 0.
     */
    static long stepOrStart(long state, long keep, int c) {
        return ((state & keep) ^ ((START & ~keep) ^ c)) * FNV_PRIME;
    }

    /** A term's state and length in one long: {@link #finish} in two steps, the second deferrable. */
    static long unfinished(long state, int length) {
        return state ^ length;
    }

    static long finishUnfinished(long unfinished) {
        return mix(unfinished);
    }

    /** MurmurHash3's 64-bit finaliser (Appleby, public domain): a bijection with full avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
