package org.evalaudit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.evalaudit.contamination.index.IncompatibleIndexException;
import org.evalaudit.core.io.InputError;
import picocli.CommandLine;

/** Entry point of the {@code evalaudit} command: wires picocli and maps failures to exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new EvalauditCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((failure, cmd, parseResult) -> report(failure, err));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int report(Exception failure, PrintWriter err) {
        Throwable cause = failure;
        if (cause instanceof UncheckedIOException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InputError) {
            err.println("evalaudit: input error: " + cause.getMessage());
            err.println(((InputError) cause).line() > 0
                    ? "Nothing was written. Fix the record, or use --on-error skip to skip and count bad records."
                    : "Nothing was written.");
            return ExitCodes.INPUT;
        }
        if (cause instanceof IncompatibleIndexException) {
            err.println("evalaudit: input error: " + cause.getMessage());
            return ExitCodes.INPUT;
        }
        if (cause instanceof NoSuchFileException) {
            err.println("evalaudit: input error: no such file: " + cause.getMessage());
            return ExitCodes.INPUT;
        }
        if (cause instanceof IllegalArgumentException) {
            err.println("evalaudit: " + cause.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("evalaudit: internal error: " + cause);
        cause.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}
