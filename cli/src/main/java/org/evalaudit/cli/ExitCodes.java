package org.evalaudit.cli;

/** The exit codes of every evalaudit command, documented in {@code --help} and the README. */
public final class ExitCodes {
    public static final int DONE = 0;
    public static final int FINDING = 1;
    public static final int USAGE = 2;
    public static final int INPUT = 3;
    public static final int INTERNAL = 4;

    static final String HELP = "%nExit codes:%n"
            + "  0  done%n"
            + "  1  a finding at or above --fail-on%n"
            + "  2  usage error%n"
            + "  3  input error (the message names file, line and field)%n"
            + "  4  internal error%n";

    private ExitCodes() {
    }
}
