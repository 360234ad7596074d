package org.evalaudit.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Table;

/**
 * Renders {@code flagged-items.csv}: one row per flagged item and finding, in finding order and then in
 * each finding's item order (most suspect first). Columns: {@code check} (the finding id up to its
 * first "/"), {@code finding}, {@code sin} (code), {@code severity}, {@code item_id}, {@code score}
 * (exact, empty when none), {@code reason}. The header is written even when nothing is flagged, so a
 * pipeline can always parse the file.
 */
public final class CsvReport implements ReportRenderer {
    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("check", "finding", "sin", "severity", "item_id", "score",
            "reason");

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        ExportFiles.writeCsv(table(report), out);
    }

    /** The flagged items of every finding as one table. */
    public static Table table(Report report) {
        Table.Builder table = Table.of(COLUMNS.toArray(String[]::new));
        for (Finding finding : report.findings()) {
            String check = checkId(finding.id());
            for (FlaggedItem item : finding.items()) {
                table.row(check, finding.id(), finding.sin().code(), finding.severity().name(), item.itemId(),
                        item.score(), item.reason());
            }
        }
        return table.build();
    }

    /** The check that produced a finding: its id up to the first "/". */
    static String checkId(String findingId) {
        int slash = findingId.indexOf('/');
        return slash < 0 ? findingId : findingId.substring(0, slash);
    }
}
