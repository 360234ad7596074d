package org.evalaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.report.Report;
import org.evalaudit.core.report.ReportFormat;
import org.evalaudit.core.report.ReportWriter;
import org.evalaudit.core.report.ToolInfo;

/**
 * Runs an audit and turns it into files and an exit code, the same way for every command: build the
 * context, run the checks, write the report atomically, print the scorecard, compare with
 * {@code --fail-on}.
 */
final class ReportSession {
    private ReportSession() {
    }

    /**
     * @param command the command name, recorded among the options
     * @param commandOptions options of the command itself (preset, corpus...), recorded in the report
     * @param extra sets command-specific parts of the context (corpora, index)
     */
    static int run(String command, Audit audit, LoadedInputs inputs, List<InputSummary> extraInputs,
                   OutputOptions output, Map<String, String> commandOptions,
                   Consumer<AuditContext.Builder> extra, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, String> options = new TreeMap<>(commandOptions);
        options.putAll(output.settings);
        options.put("command", command);
        AuditOptions auditOptions = new AuditOptions(options);
        AuditContext.Builder context = AuditContext.builder()
                .benchmark(inputs.benchmark())
                .results(inputs.results())
                .card(inputs.card())
                .options(auditOptions)
                .progress(new ConsoleProgress(err));
        extra.accept(context);
        List<Finding> findings = audit.run(context.build());
        UnusedSettings.warn(output.settings.keySet(), auditOptions.askedKeys(), err);

        List<InputSummary> allInputs = new java.util.ArrayList<>(inputs.inputs());
        allInputs.addAll(extraInputs);
        String generatedAt = output.timestamp ? Instant.now().truncatedTo(ChronoUnit.SECONDS).toString() : null;
        Report report = Report.of(ToolInfo.evalaudit(), generatedAt,
                allInputs, options, findings);
        List<Path> written = ReportWriter.write(report, output.out, ReportFormat.parseList(output.formats));
        ScorecardPrinter.print(report, written, output.json, out);
        return exitCode(report, output);
    }

    static int exitCode(Report report, OutputOptions output) {
        return output.failOn != null && report.worst().reaches(output.failOn) ? ExitCodes.FINDING : ExitCodes.DONE;
    }
}
