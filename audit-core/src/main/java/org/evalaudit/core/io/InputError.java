package org.evalaudit.core.io;

import java.nio.file.Path;

/**
 * A bad input record. The message names the file, the line (or record number) and the field, and says
 * what was expected, e.g. {@code results.jsonl:7: field "score": expected a number in [0,1], got "yes"}.
 */
public final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final long line;
    private final String field;
    private final String problem;

    /**
     * @param file the input file
     * @param line 1-based line or record number, 0 when the error concerns the whole file
     * @param field the field at fault, or null
     * @param problem what was wrong and what was expected
     */
    public InputError(Path file, long line, String field, String problem) {
        super(format(file, line, field, problem));
        this.file = file;
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    public InputError(Path file, long line, String field, String problem, Throwable cause) {
        this(file, line, field, problem);
        initCause(cause);
    }

    private static String format(Path file, long line, String field, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (field != null) {
            s.append("field \"").append(field).append("\": ");
        }
        return s.append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    /** What was wrong, without the location. */
    public String problem() {
        return problem;
    }

    /** {@code file:line}, as listed among skipped records. */
    public String location() {
        return file + (line > 0 ? ":" + line : "");
    }
}
