package org.evalaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.evalaudit.core.audit.Severity;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where and how a command writes its report, and how it sets the exit code. */
public final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report files (required).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "json,md,html,csv",
            description = "Report formats, comma-separated (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--fail-on", paramLabel = "warn|fail",
            description = "Exit with code 1 when a finding is at or above this severity (for CI).")
    Severity failOn;

    @Option(names = "--json", description = "Print the scorecard as JSON on stdout instead of a table.")
    boolean json;

    @Option(names = "--timestamp", description = "Record the wall-clock time in the report "
            + "(off by default so that reports are byte-reproducible).")
    boolean timestamp;

    @Option(names = "--set", paramLabel = "KEY=VALUE", split = ",",
            description = "Override a threshold or option, e.g. --set sampling-noise.mde-warn-points=5. Repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    /**
     * Fails with a usage error when {@code --out} is missing (option groups cannot enforce it) or names a
     * file, before any work is done.
     */
    void requireOut(CommandSpec spec) {
        if (out == null) {
            throw new ParameterException(spec.commandLine(), "missing required option: --out=DIR");
        }
        requireFolder(spec, "--out", out);
    }

    /** A usage error when {@code option} names an existing file, not a folder (a missing one is created). */
    static void requireFolder(CommandSpec spec, String option, Path path) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ParameterException(spec.commandLine(), option + "=" + path + " is a file: give a folder (it is "
                    + "created when missing)");
        }
    }
}
