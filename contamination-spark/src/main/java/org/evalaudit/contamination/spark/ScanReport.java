package org.evalaudit.contamination.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.contamination.checks.ContaminationCheck;
import org.evalaudit.contamination.checks.PublicPrivateGapCheck;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.report.Report;
import org.evalaudit.core.report.ReportFormat;
import org.evalaudit.core.report.ReportWriter;
import org.evalaudit.core.report.ToolInfo;

/**
 * Turns a scan result into the report files of {@code evalaudit contamination scan}: the same checks
 * (contamination and public-private gap) judge it, and the same writers write report.json, .md, .html,
 * flagged-items.csv, contamination-items.csv and contaminated-docs.jsonl. The checks are handed the
 * finished result through {@link AuditContext#shared}, where they look for the scan of the audit before
 * running one, so the corpus is not scanned a second time.
 */
public final class ScanReport {
    /** The checks of {@code contamination scan}. */
    public static final Set<String> CHECKS = Set.of(ContaminationCheck.ID, PublicPrivateGapCheck.ID);

    private ScanReport() {
    }

    /**
     * The report of {@code result}.
     *
     * @param results model results for the clean-vs-dirty and public-vs-private findings, or null
     * @param inputs provenance of the benchmark (and results) files
     * @param options the options to record; the contamination.* keys must be those the scan ran with
     * @param corpora the corpus as given, for the checks to know that one was
     */
    public static Report report(Benchmark benchmark, Results results, List<InputSummary> inputs,
                                Map<String, String> options, List<Path> corpora, ScanResult result) {
        AuditContext context = AuditContext.builder().benchmark(benchmark).results(results)
                .options(new AuditOptions(options)).corpora(corpora).build();
        context.shared(ScanResult.class, () -> result);
        List<Finding> findings = Audit.discover().only(check -> CHECKS.contains(check.id())).run(context);
        return Report.of(ToolInfo.evalaudit(), null, inputs, options, findings);
    }

    /** Writes {@code report} into {@code out} in the given formats (exports always); returns the files written. */
    public static List<Path> write(Report report, Path out, String formats) throws IOException {
        return ReportWriter.write(report, out, ReportFormat.parseList(formats));
    }
}
