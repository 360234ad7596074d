package org.evalaudit.contamination.ngram;

/**
 * Rolling polynomial hash over chars, for the gpt4 preset's fixed-length substrings of an item's letters
 * and digits (the same Karp-Rabin scheme as {@link NgramHash}, one char per step).
 */
public final class CharHash {
    private CharHash() {
    }

    public static long of(CharSequence s, int from, int length) {
        long h = 0;
        for (int i = from; i < from + length; i++) {
            h = h * NgramHash.P + s.charAt(i);
        }
        return h;
    }
}
