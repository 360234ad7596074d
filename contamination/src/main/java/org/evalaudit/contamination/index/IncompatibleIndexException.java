package org.evalaudit.contamination.index;

import java.nio.file.Path;

/**
 * An index that this build of evalaudit must not use: built with another analyzer (its tokens would
 * differ from the scanner's, so answers would be silently wrong), another schema, or not an evalaudit
 * index at all. The message says what differs and what to do.
 */
public final class IncompatibleIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path index;

    public IncompatibleIndexException(Path index, String problem) {
        super("index " + index + ": " + problem);
        this.index = index;
    }

    public Path index() {
        return index;
    }
}
