package org.evalaudit.noise.labels;

/**
 * A stretch of consecutive items whose answer key looks damaged.
 *
 * @param chain the subject (or source) the stretch lies in
 * @param firstIndex position of the first item among the judged items
 * @param lastIndex position of the last item
 * @param firstItem id of the first item
 * @param lastItem id of the last item
 * @param kind corrupted (golds unrelated to the answers) or shifted by one item
 * @param evidence natural-log evidence for the stretch: summed log-likelihood ratio of a shift, or for a
 *     corrupted stretch the expected number of wrong golds in it
 * @param pValue for a corrupted stretch, how often shuffles of its chain's items give the chain's stretches as
 *     much likelihood gain (a permutation p-value, smallest 0.01: whether the wrong keys come in runs); NaN
 *     for a shift
 */
public record KeyRun(String chain, int firstIndex, int lastIndex, String firstItem, String lastItem, Kind kind,
                     double evidence, double pValue) {

    /** What is wrong with the stretch. */
    public enum Kind {
        /** The golds of the stretch are mostly wrong and unrelated to the models' answers. */
        CORRUPTED,
        /** The gold of each item is the answer of the next item. */
        SHIFT_FROM_NEXT,
        /** The gold of each item is the answer of the previous item. */
        SHIFT_FROM_PREVIOUS
    }

    /** Permutation p-value below which a corrupted stretch's wrong keys count as coming in runs. */
    public static final double RUN_LEVEL = 0.05;

    /**
     * Whether the stretch is a run of damaged key: a shift, or a corrupted stretch whose permutation p-value
     * is below {@link #RUN_LEVEL} (or unknown). Otherwise its chain has many wrong keys that are not ordered
     * in runs (a densely wrong subject), which reports say in those words.
     */
    public boolean inRuns() {
        return kind != Kind.CORRUPTED || !(pValue >= RUN_LEVEL);
    }

    public int length() {
        return lastIndex - firstIndex + 1;
    }

    /** Whether the stretch contains judged item {@code index}. */
    public boolean contains(int index) {
        return index >= firstIndex && index <= lastIndex;
    }
}
