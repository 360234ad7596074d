package org.evalaudit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.io.InputSummary;
import org.evalaudit.core.report.Report;
import org.evalaudit.core.report.ScorecardRow;

/**
 * Prints what a run found on stdout: the scorecard (one row per sin), the count of findings per
 * severity with the summary of each WARN, FAIL or ERROR finding (what to read first), the inputs with
 * records read and skipped, and the files written. With {@code --json}, the
 * scorecard as JSON for scripts.
 */
final class ScorecardPrinter {
    /** Flagged items shown under each finding that reaches WARN. */
    private static final int TOP_ITEMS = 3;
    /** Longer reasons (a key run names two item ids) are cut for the console; the report has them whole. */
    private static final int MAX_REASON_CHARS = 160;
    private ScorecardPrinter() {
    }

    static void print(Report report, List<Path> written, boolean json, PrintWriter out) {
        if (json) {
            printJson(report, out);
        } else {
            printTable(report, written, out);
        }
        out.flush();
    }

    /**
     * The scorecard rows of the sins the command's checks spoke to (a command that runs some checks, such as
     * {@code labels} or {@code contamination scan}, would otherwise list every other sin as NOT_ASSESSED),
     * then a line naming the sins left out.
     */
    private static void printTable(Report report, List<Path> written, PrintWriter out) {
        out.printf("%-4s %-30s %-13s %s%n", "sin", "", "severity", "headline");
        List<String> unchecked = new ArrayList<>();
        for (ScorecardRow row : report.scorecard()) {
            if (row.findingId() == null) {
                unchecked.add(row.sin().code());
            } else {
                out.printf("%-4s %-30s %-13s %s%n", row.sin().code(), row.sin().title(), row.severity(),
                        headline(row.headline()));
            }
        }
        if (!unchecked.isEmpty()) {
            out.println("(not checked by this command: sins " + String.join(", ", unchecked)
                    + "; evalaudit audit runs every check)");
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : report.findings()) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        out.println();
        StringBuilder line = new StringBuilder("findings:");
        for (Severity s : Severity.values()) {
            line.append(String.format(Locale.ROOT, " %s %d", s, counts.getOrDefault(s, 0)));
        }
        out.println(line);
        for (Finding f : report.findings()) {
            if (f.severity().reaches(Severity.WARN)) {
                out.printf(Locale.ROOT, "  %s %s: %s%n", f.severity(), f.id(), f.summary());
                printTopItems(f, out);
            }
        }
        for (InputSummary input : report.inputs()) {
            out.printf(Locale.ROOT, "input %-9s %s: %d records, %d skipped%n", input.role(), input.path(),
                    input.records(), input.skipped());
        }
        for (Path file : written) {
            out.println("wrote " + file);
        }
    }

    /** The finding's first {@value #TOP_ITEMS} flagged items, most important first: where to look first. */
    private static void printTopItems(Finding finding, PrintWriter out) {
        List<FlaggedItem> items = finding.items();
        for (FlaggedItem item : items.subList(0, Math.min(TOP_ITEMS, items.size()))) {
            String reason = item.reason() == null ? "" : item.reason();
            out.printf(Locale.ROOT, "      %s%s%n", item.itemId(), reason.isEmpty() ? "" : ": " + abbreviate(reason));
        }
        if (items.size() > TOP_ITEMS) {
            out.printf(Locale.ROOT, "      ... and %d more flagged items in the report%n", items.size() - TOP_ITEMS);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_REASON_CHARS ? text : text.substring(0, MAX_REASON_CHARS - 3) + "...";
    }

    static String headline(Headline headline) {
        if (headline.value() == null) {
            return "-";
        }
        double v = headline.value();
        String number = v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ROOT, "%d", (long) v)
                : String.format(Locale.ROOT, "%.4g", v);
        return headline.name() + " = " + number;
    }

    private static void printJson(Report report, PrintWriter out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("worst", report.worst().name());
        ArrayNode rows = root.putArray("scorecard");
        for (ScorecardRow row : report.scorecard()) {
            ObjectNode node = rows.addObject();
            node.put("sin", row.sin().code());
            node.put("title", row.sin().title());
            node.put("severity", row.severity().name());
            node.put("headline", row.headline().name());
            if (row.headline().value() == null || !Double.isFinite(row.headline().value())) {
                node.putNull("value");
            } else {
                node.put("value", row.headline().value());
            }
            node.put("finding", row.findingId());
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
