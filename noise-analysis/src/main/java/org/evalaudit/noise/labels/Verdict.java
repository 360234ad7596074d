package org.evalaudit.noise.labels;

/** What the label analysis concludes about an item's gold. */
public enum Verdict {
    /** The gold is probably wrong and one other answer is the likely right one. */
    GOLD_WRONG("gold_wrong"),
    /** The gold is probably wrong, and the models split between two other answers: none or several valid. */
    NO_VALID_OR_MULTIPLE("no_valid_or_multiple"),
    /** The gold is the answer of the neighbouring item, in a stretch where the key is shifted by one. */
    KEY_SHIFT("key_shift"),
    /** Most models miss the gold, but the gold is still the likelier answer: a hard item, not a wrong key. */
    TOO_HARD("too_hard"),
    /** Nothing suspicious. */
    OK("ok");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The snake_case name used in reports and {@code suspect-labels.csv}. */
    public String label() {
        return label;
    }

    /** Whether the verdict says the key is at fault (gold wrong, no valid or several answers, key shift). */
    public boolean blamesKey() {
        return this == GOLD_WRONG || this == NO_VALID_OR_MULTIPLE || this == KEY_SHIFT;
    }
}
