package org.evalaudit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.evalaudit.core.report.Report;
import org.evalaudit.core.report.ReportFormat;
import org.evalaudit.core.report.ReportReader;
import org.evalaudit.core.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evalaudit report}: re-renders a report.json, e.g. to HTML after a CI run wrote only JSON. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Re-renders a report.json as Markdown, HTML, CSV (and JSON). The per-check tables "
                + "(model-scores.csv...) are not part of report.json and are not re-created.",
        footer = {"%nExamples:", "  evalaudit report --in out/r/report.json --out out/html --format html",
                ExitCodes.HELP})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", paramLabel = "FILE", required = true, description = "A report.json.")
    Path in;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the files.")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "md,html,csv",
            description = "Formats to write (default: ${DEFAULT-VALUE}).")
    String formats;

    @Override
    public Integer call() throws Exception {
        Report report = ReportReader.read(in);
        List<Path> written = ReportWriter.write(report, out, ReportFormat.parseList(formats));
        ScorecardPrinter.print(report, written, false, spec.commandLine().getOut());
        return ExitCodes.DONE;
    }
}
