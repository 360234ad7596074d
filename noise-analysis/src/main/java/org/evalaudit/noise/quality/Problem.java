package org.evalaudit.noise.quality;

/** What is wrong with a malformed item. */
public enum Problem {
    /** The question is empty or blank. */
    EMPTY_QUESTION("empty question"),
    /** The question has fewer characters than the minimum (option {@code quality.min-question-chars}). */
    SHORT_QUESTION("very short question"),
    /** A web address stands where the question should be. */
    URL_INSTEAD_OF_QUESTION("a URL instead of a question"),
    /** Code (no prose, many code symbols) stands where the question should be. */
    CODE_INSTEAD_OF_QUESTION("code instead of a question"),
    /** U+FFFD, the Unicode replacement character: text lost in decoding. */
    REPLACEMENT_CHARACTER("Unicode replacement character"),
    /** UTF-8 read as Latin-1 or Windows-1252 ("Ã©" for "é"). */
    MOJIBAKE("mojibake"),
    /** A choice is empty. */
    EMPTY_CHOICE("empty choice"),
    /** Two choices are the same text after normalisation. */
    REPEATED_CHOICES("repeated choices"),
    /** The gold of a multiple-choice item names no choice, or is missing. */
    GOLD_OUTSIDE_CHOICES("gold outside the choices"),
    /** A free-form item without a gold answer. */
    MISSING_GOLD("missing gold");

    private final String description;

    Problem(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
