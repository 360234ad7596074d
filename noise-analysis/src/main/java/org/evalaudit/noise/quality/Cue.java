package org.evalaudit.noise.quality;

/** A feature of an item's text that studies of label errors associate with flawed items. */
public enum Cue {
    /** The question asks for the exception: NOT, EXCEPT, LEAST, FALSE. */
    NEGATION("negated question (NOT/EXCEPT)"),
    /** A choice is "all of the above", "none of the above", "both", "neither". */
    ALL_OR_NONE_OF_THE_ABOVE("all/none of the above"),
    /** Two choices are the same up to case, spacing and punctuation. */
    NEAR_IDENTICAL_CHOICES("near-identical choices"),
    /** Replacement characters or mojibake. */
    DAMAGED_ENCODING("damaged encoding"),
    /** A URL or code where the question should be. */
    URL_OR_CODE("URL or code instead of a question");

    private final String description;

    Cue(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
