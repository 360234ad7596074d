package org.evalaudit.noise.sampling;

/** Which adjusted p-value decides whether a pair of models is statistically distinguishable. */
public enum Adjustment {
    /** Holm (1979): family-wise error rate; a claimed difference is wrong with probability at most alpha. */
    HOLM,
    /** Benjamini-Hochberg (1995): false discovery rate; at most a share alpha of claimed differences is wrong. */
    BH;

    /** Parses "holm" or "bh" (any case). */
    public static Adjustment parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "holm" -> HOLM;
            case "bh", "benjamini-hochberg", "fdr" -> BH;
            default -> throw new IllegalArgumentException("adjustment must be holm or bh, got '" + text + "'");
        };
    }
}
