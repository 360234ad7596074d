package org.evalaudit.core.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The four renderings of a report, each with its fixed file name ({@code --format json,md,html,csv}). */
public enum ReportFormat {
    JSON("report.json"),
    MD("report.md"),
    HTML("report.html"),
    CSV("flagged-items.csv");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The renderer with default settings. */
    public ReportRenderer renderer() {
        return switch (this) {
            case JSON -> new JsonReport();
            case MD -> new MarkdownReport();
            case HTML -> new HtmlReport();
            case CSV -> new CsvReport();
        };
    }

    /**
     * Parses a comma-separated list such as {@code "json,md,html,csv"} (case-insensitive, blanks
     * ignored, "markdown" accepted for MD, "all" for every format).
     *
     * @throws IllegalArgumentException naming the unknown entry and the accepted ones, or when the list is empty
     */
    public static Set<ReportFormat> parseList(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "" -> { }
                case "json" -> formats.add(JSON);
                case "md", "markdown" -> formats.add(MD);
                case "html" -> formats.add(HTML);
                case "csv" -> formats.add(CSV);
                case "all" -> formats.addAll(EnumSet.allOf(ReportFormat.class));
                default -> throw new IllegalArgumentException("unknown report format '" + part.trim()
                        + "': expected a comma-separated list of json, md, html, csv (or all)");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given: expected e.g. json,md,html,csv");
        }
        return formats;
    }
}
