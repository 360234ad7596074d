package org.evalaudit.contamination.text;

import java.util.SplittableRandom;

/** Seeded random text that exercises every branch of the tokenizer. */
final class RandomText {
    private static final String[] PIECES = {
        "the", "Which", "OF", " ", " ", " ", "\n", "\r\n", ".", ",", "'", "-", "\u2014", "A)", "42", "x\u00b2",
        "caf\u00e9", "e\u0301", "\u0301", "\u0323\u0302", "\ufb01", "\uff37", "\u00bd", "\u2474", "\u0130",
        "\u03a3", "\u03c2", "\u00df", "\u4e2d\u6587", "\u0939\u093f\u0928\u094d\u0926\u0940",
        "\ud835\udc00", "\ud801\udc00", "\ud83d\ude00", "\ud800", "\udc00", "\u0085", "\u2028", "\u00a0",
        "\u3131\u314f", "\u1100\u1161", "Ǆ", "\u0345", "\u212a", "\u0660\u0661", "\u00aa"
    };

    /** The pieces that NFKC leaves unchanged (still, adjacent pieces may combine into unnormalised text). */
    private static final String[] NORMALISED = java.util.Arrays.stream(PIECES)
            .filter(p -> java.text.Normalizer.isNormalized(p, java.text.Normalizer.Form.NFKC)).toArray(String[]::new);

    private RandomText() {
    }

    static String normalised(SplittableRandom random, int pieces) {
        return join(random, pieces, NORMALISED);
    }

    static String of(SplittableRandom random, int pieces) {
        return join(random, pieces, PIECES);
    }

    private static String join(SplittableRandom random, int pieces, String[] from) {
        StringBuilder s = new StringBuilder();
        int n = 1 + random.nextInt(pieces);
        for (int i = 0; i < n; i++) {
            s.append(from[random.nextInt(from.length)]);
        }
        return s.toString();
    }
}
