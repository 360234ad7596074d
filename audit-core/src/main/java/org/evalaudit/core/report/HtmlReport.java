package org.evalaudit.core.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputSummary;

/**
 * Renders {@code report.html}: one self-contained file (inline CSS, inline SVG, no script, no network;
 * a Content-Security-Policy forbids both in case anything slipped through). It shows a severity strip
 * and the scorecard, then every finding with a bar chart when its table has a numeric column, the
 * table and the flagged items cut to {@code maxRows} with a note saying where the rest is, then the
 * inputs and options. Every string that comes from a benchmark, a model or a check is escaped with
 * {@link Escapes#html}; anchors are numbered, never built from such strings.
 */
public final class HtmlReport implements TextRenderer {
    private static final String CSS = String.join("\n",
            "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;max-width:1100px;"
                    + "padding:0 16px;color:#1d1d1d}",
            "h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin-top:32px;border-bottom:1px solid #ddd}",
            "h3{font-size:16px;margin:0 0 6px}.meta{color:#555}",
            "table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ddd;padding:3px 8px;"
                    + "text-align:left;vertical-align:top}th{background:#f4f4f4}td.num{text-align:right;"
                    + "font-variant-numeric:tabular-nums}",
            ".sev{display:inline-block;padding:1px 7px;border-radius:9px;color:#fff;font-size:12px;font-weight:600}",
            ".finding{border:1px solid #e2e2e2;border-radius:6px;padding:12px 16px;margin:14px 0;overflow-x:auto}",
            ".headline{font-weight:600}.more{color:#555;font-style:italic}",
            "svg text{font:12px system-ui,sans-serif}svg.strip text{fill:#fff;text-anchor:middle}",
            "svg.strip .code{font-size:15px;font-weight:700}svg.strip .level{font-size:9px}",
            "svg.bars .label{text-anchor:end;fill:#222}svg.bars .value,svg.bars .axis{fill:#444}",
            "svg.bars .end{text-anchor:end}svg.bars .bar{fill:#4a78b5}svg.bars .ci{stroke:#111;stroke-width:1.5}",
            "svg.bars .zero{stroke:#999}code{font-size:12px}");

    private final int maxRows;

    /** Shows at most 50 rows per table and 50 flagged items per finding. */
    public HtmlReport() {
        this(ReadableText.DEFAULT_MAX_ROWS);
    }

    /** Shows at most {@code maxRows} (at least 1) rows per table, bars per chart and items per finding. */
    public HtmlReport(int maxRows) {
        this.maxRows = ReadableText.checkedMaxRows(maxRows);
    }

    /** The whole HTML document. */
    @Override
    public String render(Report report) {
        Map<String, String> anchors = new HashMap<>();
        for (int i = 0; i < report.findings().size(); i++) {
            anchors.putIfAbsent(report.findings().get(i).id(), "finding-" + (i + 1));
        }
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>evalaudit report</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        html.append("<h1>evalaudit report</h1>\n<p class=\"meta\">").append(esc(report.tool().name())).append(' ')
                .append(esc(report.tool().version())).append(" · schema <code>").append(esc(report.schema()))
                .append("</code>");
        if (report.generatedAt() != null) {
            html.append(" · generated ").append(esc(report.generatedAt()));
        }
        html.append("</p>\n");
        appendScorecard(html, report.scorecard(), anchors);
        html.append("<h2>Findings</h2>\n");
        for (int i = 0; i < report.findings().size(); i++) {
            appendFinding(html, report.findings().get(i), "finding-" + (i + 1));
        }
        appendInputs(html, report.inputs());
        appendOptions(html, report.options());
        return html.append("</body>\n</html>\n").toString();
    }

    private static void appendScorecard(StringBuilder html, List<ScorecardRow> rows, Map<String, String> anchors) {
        html.append("<h2>Scorecard</h2>\n").append(SvgCharts.severityStrip(rows)).append('\n');
        html.append("<table>\n<tr><th>sin</th><th>title</th><th>severity</th><th>headline</th><th>summary</th></tr>\n");
        for (ScorecardRow row : rows) {
            html.append("<tr><td>").append(esc(row.sin().code())).append("</td><td>");
            String anchor = row.findingId() == null ? null : anchors.get(row.findingId());
            if (anchor != null) {
                html.append("<a href=\"#").append(anchor).append("\">").append(esc(row.sin().title())).append("</a>");
            } else {
                html.append(esc(row.sin().title()));
            }
            html.append("</td><td>").append(badge(row.severity())).append("</td><td>")
                    .append(esc(ReadableText.headline(row.headline()))).append("</td><td>").append(esc(row.summary()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void appendFinding(StringBuilder html, Finding finding, String anchor) {
        html.append("<section class=\"finding\" id=\"").append(anchor).append("\">\n<h3>")
                .append(esc(finding.id())).append(' ').append(badge(finding.severity())).append("</h3>\n");
        html.append("<p class=\"meta\">sin ").append(esc(finding.sin().code())).append(" · ")
                .append(esc(finding.sin().title())).append("</p>\n");
        html.append("<p class=\"headline\">").append(esc(ReadableText.headline(finding.headline()))).append("</p>\n");
        html.append("<p>").append(esc(finding.summary())).append("</p>\n");
        Table table = finding.table();
        SvgCharts.barSpec(table).ifPresent(spec -> html.append(SvgCharts.barChart(table, spec, maxRows)).append('\n'));
        if (!table.columns().isEmpty()) {
            appendTable(html, table);
            int hidden = table.rows().size() - maxRows;
            if (hidden > 0) {
                html.append("<p class=\"more\">").append(esc(ReadableText.moreRows(finding, hidden))).append("</p>\n");
            }
        }
        appendItems(html, finding.items());
        if (!finding.exports().isEmpty()) {
            html.append("<p>Files:");
            for (Export export : finding.exports()) {
                html.append(" <code>").append(esc(export.fileName())).append("</code>");
            }
            html.append("</p>\n");
        }
        html.append("</section>\n");
    }

    private void appendTable(StringBuilder html, Table table) {
        html.append("<table>\n<tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(esc(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<Object> row : table.rows().subList(0, Math.min(maxRows, table.rows().size()))) {
            html.append("<tr>");
            for (Object cell : row) {
                boolean number = cell instanceof Number n && Double.isFinite(n.doubleValue());
                html.append(number ? "<td class=\"num\">" : "<td>")
                        .append(esc(Cells.display(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void appendItems(StringBuilder html, List<FlaggedItem> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<p>Flagged items (").append(items.size()).append("):</p>\n<table>\n")
                .append("<tr><th>item_id</th><th>score</th><th>reason</th></tr>\n");
        for (FlaggedItem item : items.subList(0, Math.min(maxRows, items.size()))) {
            html.append("<tr><td>").append(esc(item.itemId())).append("</td><td class=\"num\">")
                    .append(esc(Cells.display(item.score()))).append("</td><td>").append(esc(item.reason()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (items.size() > maxRows) {
            html.append("<p class=\"more\">").append(esc(ReadableText.moreItems(items.size() - maxRows))).append("</p>\n");
        }
    }

    private static void appendInputs(StringBuilder html, List<InputSummary> inputs) {
        html.append("<h2>Inputs</h2>\n");
        if (inputs.isEmpty()) {
            html.append("<p>none recorded</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>role</th><th>path</th><th>sha256</th><th>records</th><th>skipped</th></tr>\n");
        for (InputSummary input : inputs) {
            html.append("<tr><td>").append(esc(input.role())).append("</td><td>").append(esc(input.path()))
                    .append("</td><td><code>").append(esc(input.sha256())).append("</code></td><td class=\"num\">")
                    .append(input.records()).append("</td><td class=\"num\">").append(input.skipped())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (InputSummary input : inputs) {
            if (!input.skippedAt().isEmpty()) {
                html.append("<p>Skipped records of ").append(esc(input.path())).append(":</p>\n<ul>\n");
                for (String location : input.skippedAt()) {
                    html.append("<li>").append(esc(location)).append("</li>\n");
                }
                html.append("</ul>\n");
            }
        }
    }

    private static void appendOptions(StringBuilder html, Map<String, String> options) {
        html.append("<h2>Options</h2>\n");
        if (options.isEmpty()) {
            html.append("<p>defaults only</p>\n");
            return;
        }
        html.append("<table>\n<tr><th>option</th><th>value</th></tr>\n");
        options.forEach((key, value) -> html.append("<tr><td>").append(esc(key)).append("</td><td>")
                .append(esc(value)).append("</td></tr>\n"));
        html.append("</table>\n");
    }

    private static String badge(Severity severity) {
        return "<span class=\"sev\" style=\"background:" + SvgCharts.severityColor(severity) + "\">"
                + severity.name().replace('_', ' ') + "</span>";
    }

    private static String esc(String text) {
        return Escapes.html(text);
    }
}
