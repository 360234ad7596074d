package org.evalaudit.core.report;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputSummary;

/**
 * Renders {@code report.md}: scorecard, then every finding with its headline, summary, evidence table
 * and flagged items (each cut to {@code maxRows} with a note saying where the rest is), then the
 * inputs with their SHA-256 and the options. Every piece of text is escaped for Markdown (see {@link
 * Escapes#markdown}); numbers are rounded with {@link Cells#display}; lines end in "\n".
 */
public final class MarkdownReport implements TextRenderer {
    private final int maxRows;

    /** Shows at most 50 rows per table and 50 flagged items per finding. */
    public MarkdownReport() {
        this(ReadableText.DEFAULT_MAX_ROWS);
    }

    /** Shows at most {@code maxRows} (at least 1) rows per table and items per finding. */
    public MarkdownReport(int maxRows) {
        this.maxRows = ReadableText.checkedMaxRows(maxRows);
    }

    /** The whole Markdown text. */
    @Override
    public String render(Report report) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# evalaudit report\n\n");
        md.append(esc(report.tool().name())).append(' ').append(esc(report.tool().version()))
                .append(" · schema ").append(esc(report.schema()));
        if (report.generatedAt() != null) {
            md.append(" · generated ").append(esc(report.generatedAt()));
        }
        md.append("\n\n## Scorecard\n\n");
        md.append("| sin | title | severity | headline | summary |\n|---|---|---|---|---|\n");
        for (ScorecardRow row : report.scorecard()) {
            md.append("| ").append(esc(row.sin().code())).append(" | ").append(esc(row.sin().title()))
                    .append(" | **").append(row.severity().name()).append("** | ")
                    .append(esc(ReadableText.headline(row.headline()))).append(" | ").append(esc(row.summary()))
                    .append(" |\n");
        }
        md.append("\n## Findings\n");
        for (Finding finding : report.findings()) {
            appendFinding(md, finding);
        }
        appendInputs(md, report.inputs());
        appendOptions(md, report.options());
        return md.toString();
    }

    private void appendFinding(StringBuilder md, Finding finding) {
        md.append("\n### ").append(esc(finding.id())).append(" — ").append(finding.severity().name())
                .append("\n\n");
        md.append("sin ").append(esc(finding.sin().code())).append(" (").append(esc(finding.sin().title()))
                .append(") · **").append(esc(ReadableText.headline(finding.headline()))).append("**\n\n");
        md.append(esc(finding.summary())).append("\n");
        Table table = finding.table();
        if (!table.columns().isEmpty()) {
            md.append('\n');
            appendTable(md, table.columns(), table.rows().subList(0, Math.min(maxRows, table.rows().size())));
            int hidden = table.rows().size() - maxRows;
            if (hidden > 0) {
                md.append("\n_").append(esc(ReadableText.moreRows(finding, hidden))).append("_\n");
            }
        }
        List<FlaggedItem> items = finding.items();
        if (!items.isEmpty()) {
            md.append("\nFlagged items (").append(items.size()).append("):\n\n");
            md.append("| item_id | score | reason |\n|---|---|---|\n");
            for (FlaggedItem item : items.subList(0, Math.min(maxRows, items.size()))) {
                md.append("| ").append(esc(item.itemId())).append(" | ").append(Cells.display(item.score()))
                        .append(" | ").append(esc(item.reason())).append(" |\n");
            }
            if (items.size() > maxRows) {
                md.append("\n_").append(esc(ReadableText.moreItems(items.size() - maxRows))).append("_\n");
            }
        }
        if (!finding.exports().isEmpty()) {
            md.append("\nFiles:");
            for (Export export : finding.exports()) {
                md.append(' ').append(esc(export.fileName()));
            }
            md.append('\n');
        }
    }

    private static void appendTable(StringBuilder md, List<String> columns, List<List<Object>> rows) {
        md.append('|');
        for (String column : columns) {
            md.append(' ').append(esc(column)).append(" |");
        }
        md.append("\n|");
        md.append("---|".repeat(columns.size()));
        md.append('\n');
        for (List<Object> row : rows) {
            md.append('|');
            for (Object cell : row) {
                md.append(' ').append(esc(Cells.display(cell))).append(" |");
            }
            md.append('\n');
        }
    }

    private static void appendInputs(StringBuilder md, List<InputSummary> inputs) {
        md.append("\n## Inputs\n\n");
        if (inputs.isEmpty()) {
            md.append("none recorded\n");
            return;
        }
        md.append("| role | path | sha256 | records | skipped |\n|---|---|---|---|---|\n");
        for (InputSummary input : inputs) {
            md.append("| ").append(esc(input.role())).append(" | ").append(esc(input.path())).append(" | ")
                    .append(esc(input.sha256())).append(" | ").append(input.records()).append(" | ")
                    .append(input.skipped()).append(" |\n");
        }
        for (InputSummary input : inputs) {
            if (!input.skippedAt().isEmpty()) {
                md.append("\nSkipped records of ").append(esc(input.path())).append(":\n\n");
                for (String location : input.skippedAt()) {
                    md.append("- ").append(esc(location)).append('\n');
                }
            }
        }
    }

    private static void appendOptions(StringBuilder md, Map<String, String> options) {
        md.append("\n## Options\n\n");
        if (options.isEmpty()) {
            md.append("defaults only\n");
            return;
        }
        md.append("| option | value |\n|---|---|\n");
        options.forEach((key, value) -> md.append("| ").append(esc(key)).append(" | ").append(esc(value))
                .append(" |\n"));
    }

    private static String esc(String text) {
        return Escapes.markdown(text);
    }
}
