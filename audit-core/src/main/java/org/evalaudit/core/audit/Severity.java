package org.evalaudit.core.audit;

import java.util.Locale;

/**
 * How bad a finding is. {@link #NOT_ASSESSED} means the inputs for the check were missing (never a
 * guess); {@link #ERROR} means the check itself failed and its result is unknown.
 */
public enum Severity {
    PASS(0), NOT_ASSESSED(0), WARN(1), FAIL(2), ERROR(2);

    private final int level;

    Severity(int level) {
        this.level = level;
    }

    /** Whether this severity reaches a {@code --fail-on} threshold (WARN or FAIL). */
    public boolean reaches(Severity threshold) {
        return threshold.level > 0 && level >= threshold.level;
    }

    /** Orders severities for the scorecard: the row of a sin shows its worst finding. */
    public int rank() {
        return switch (this) {
            case NOT_ASSESSED -> 0;
            case PASS -> 1;
            case WARN -> 2;
            case FAIL -> 3;
            case ERROR -> 4;
        };
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
