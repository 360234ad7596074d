package org.evalaudit.core.audit;

/** The ways an evaluation goes wrong that evalaudit checks, in scorecard order. */
public enum Sin {
    TOO_FEW_EXAMPLES("1", "too few examples"),
    PROMPT_SENSITIVITY("1b", "prompt and seed sensitivity"),
    LOW_QUALITY("2", "low-quality items"),
    METRIC_COMPLEXITY("3", "metric too complex"),
    HARD_TO_RUN("4", "too hard to run"),
    NOT_MEANINGFUL("5", "not a meaningful task"),
    INCORRECT_GRADING("6", "incorrect grading"),
    SATURATION("7", "saturates too fast"),
    CONTAMINATION("+c", "test-set contamination"),
    PUBLIC_PRIVATE_GAP("+g", "public vs private gap");

    private final String code;
    private final String title;

    Sin(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** Short code as printed in the scorecard ("1", "1b", "+c"). */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }
}
