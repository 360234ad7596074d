package org.evalaudit.core.io;

/** What a reader does with a bad record ({@code --on-error}). */
public enum ErrorPolicy {
    /** Stop at the first bad record; nothing is written. The default. */
    FAIL,
    /** Skip the record, count it, and keep the first locations for the report. */
    SKIP
}
