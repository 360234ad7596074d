package org.evalaudit.noise.matrix;

/** The dimension along which a score may change for the same model and item. */
public enum Axis {
    /** Prompt templates or paraphrases ({@code template} field). */
    TEMPLATE("template"),
    /** Repeated samples or seeds ({@code sample} field). */
    SAMPLE("sample");

    private final String label;

    Axis(String label) {
        this.label = label;
    }

    /** "template" or "sample", for messages and table headers. */
    public String label() {
        return label;
    }
}
