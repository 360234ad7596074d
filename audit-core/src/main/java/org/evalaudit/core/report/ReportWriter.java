package org.evalaudit.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;

/**
 * Writes a report into a folder: every export of every finding (always), then the chosen renderings,
 * {@code report.json} last so that its presence means the report is complete. Each file is written
 * atomically ({@link AtomicFiles}): a crash leaves the previous file or none, never half a file. Export
 * names are checked before anything is written: a plain file name ({@code [A-Za-z0-9][A-Za-z0-9._-]*})
 * ending in .csv or .jsonl, unique, and not the name of a report file.
 */
public final class ReportWriter {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ReportWriter() {
    }

    /**
     * Writes the report with default renderers.
     *
     * @param outDir created when absent
     * @return the written files in the order written: exports, then CSV, MD, HTML, JSON as chosen
     * @throws IllegalArgumentException when an export name is unsafe, unsupported or used twice
     */
    public static List<Path> write(Report report, Path outDir, Set<ReportFormat> formats) throws IOException {
        Map<ReportFormat, ReportRenderer> renderers = new HashMap<>();
        for (ReportFormat format : formats) {
            renderers.put(format, format.renderer());
        }
        return write(report, outDir, renderers);
    }

    /** Writes the report with the given renderers (e.g. an {@link HtmlReport} with another row limit). */
    public static List<Path> write(Report report, Path outDir, Map<ReportFormat, ReportRenderer> renderers)
            throws IOException {
        List<Export> exports = checkedExports(report);
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        for (Export export : exports) {
            if (export.table() == null) {
                continue;
            }
            Path target = outDir.resolve(export.fileName());
            AtomicFiles.write(target, out -> ExportFiles.write(export.fileName(), export.table(), out));
            written.add(target);
        }
        for (ReportFormat format : List.of(ReportFormat.CSV, ReportFormat.MD, ReportFormat.HTML, ReportFormat.JSON)) {
            ReportRenderer renderer = renderers.get(format);
            if (renderer != null) {
                Path target = outDir.resolve(format.fileName());
                AtomicFiles.write(target, out -> renderer.write(report, out));
                written.add(target);
            }
        }
        return List.copyOf(written);
    }

    /**
     * The exports of all findings in finding order, after checking their names. An export whose table
     * is null (read back by {@link ReportReader} when its file was missing) is listed but not written.
     */
    static List<Export> checkedExports(Report report) {
        Set<String> reserved = new HashSet<>();
        for (ReportFormat format : EnumSet.allOf(ReportFormat.class)) {
            reserved.add(format.fileName());
        }
        Map<String, String> owner = new HashMap<>();
        List<Export> exports = new ArrayList<>();
        for (Finding finding : report.findings()) {
            for (Export export : finding.exports()) {
                String name = export.fileName();
                if (name == null || !SAFE_NAME.matcher(name).matches() || !ExportFiles.supports(name)) {
                    throw new IllegalArgumentException("finding " + finding.id() + ": export file name '" + name
                            + "' must be a plain file name ending in .csv or .jsonl");
                }
                if (reserved.contains(name)) {
                    throw new IllegalArgumentException("finding " + finding.id() + ": export file name '" + name
                            + "' is the name of a report file");
                }
                String previous = owner.putIfAbsent(name, finding.id());
                if (previous != null) {
                    throw new IllegalArgumentException("export file '" + name + "' is written by both finding "
                            + previous + " and finding " + finding.id());
                }
                exports.add(export);
            }
        }
        return exports;
    }
}
