package org.evalaudit.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Table;

/**
 * Inline SVG charts for {@link HtmlReport}: no script, no external resource, every string escaped with
 * {@link Escapes#html} (SVG text and attributes included), coordinates printed with one decimal in
 * {@link Locale#ROOT} so the bytes never depend on the machine.
 */
final class SvgCharts {
    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 400;
    private static final int VALUE_WIDTH = 90;
    private static final int ROW_HEIGHT = 20;
    private static final int MARGIN = 8;
    private static final int MAX_LABEL_CHARS = 34;
    private static final Set<String> PREFERRED_VALUES = Set.of("score", "accuracy", "mean", "rate", "excess");
    private static final List<String> VALUE_SUFFIXES = List.of("_score", "_rate", "_accuracy", "_mean", "_excess");
    private static final List<String[]> GENERIC_BOUNDS = List.of(
            new String[] {"ci_low", "ci_high"}, new String[] {"ci95_low", "ci95_high"},
            new String[] {"lower", "upper"}, new String[] {"low", "high"});
    private static final List<String[]> VALUE_BOUND_SUFFIXES = List.of(
            new String[] {"_ci_low", "_ci_high"}, new String[] {"_low", "_high"}, new String[] {"_lo", "_hi"});

    private SvgCharts() {
    }

    static String severityColor(Severity severity) {
        return switch (severity) {
            case PASS -> "#2e7d32";
            case WARN -> "#c77700";
            case FAIL -> "#c62828";
            case ERROR -> "#6a1b9a";
            case NOT_ASSESSED -> "#8a8a8a";
        };
    }

    /** One coloured box per sin, labelled with its code and severity; the tooltip gives the title. */
    static String severityStrip(List<ScorecardRow> rows) {
        int box = 74;
        int width = rows.size() * box + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(256 + rows.size() * 320);
        svg.append("<svg class=\"strip\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"58\" viewBox=\"0 0 ").append(width).append(" 58\" role=\"img\" aria-label=\"")
                .append("scorecard severity per sin\">");
        for (int i = 0; i < rows.size(); i++) {
            ScorecardRow row = rows.get(i);
            int x = MARGIN + i * box;
            svg.append("<g><title>").append(Escapes.html("sin " + row.sin().code() + " " + row.sin().title()
                    + ": " + row.severity().name())).append("</title>");
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"").append(box - 4)
                    .append("\" height=\"50\" rx=\"4\" fill=\"").append(severityColor(row.severity())).append("\"/>");
            svg.append("<text x=\"").append(x + (box - 4) / 2).append("\" y=\"26\" class=\"code\">")
                    .append(Escapes.html(row.sin().code())).append("</text>");
            svg.append("<text x=\"").append(x + (box - 4) / 2).append("\" y=\"44\" class=\"level\">")
                    .append(Escapes.html(row.severity().name().replace('_', ' '))).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Which columns of a table a bar chart plots: labels from the first all-text column (or the row
     * number), values from the preferred numeric column, whiskers from its interval columns if present.
     */
    record BarSpec(int label, int value, int low, int high) {
        boolean hasWhiskers() {
            return low >= 0 && high >= 0;
        }
    }

    /**
     * The bar chart for a table, if it has a numeric column worth drawing. The value column is the first
     * named score/accuracy/mean/rate/excess or ending in _score/_rate/_accuracy/_mean/_excess, else the
     * first numeric column that is not an interval bound and does not hold one value in every row (a
     * constant column draws equal bars and says nothing). Whiskers come from numeric columns
     * {@code <value>_ci_low/_ci_high}, {@code <value>_low/_high}, {@code <value>_lo/_hi},
     * {@code ci_low/ci_high}, {@code ci95_low/ci95_high}, {@code lower/upper} or {@code low/high}.
     */
    static Optional<BarSpec> barSpec(Table table) {
        if (table.rows().isEmpty()) {
            return Optional.empty();
        }
        List<String> columns = table.columns();
        int label = -1;
        int chosen = -1;
        int firstNumeric = -1;
        for (int c = 0; c < columns.size(); c++) {
            if (label < 0 && allText(table, c)) {
                label = c;
            }
            if (!isNumericColumn(table, c) || isBoundName(columns, columns.get(c))) {
                continue;
            }
            if (firstNumeric < 0 && !isConstant(table, c)) {
                firstNumeric = c;
            }
            if (chosen < 0 && isPreferred(columns.get(c))) {
                chosen = c;
            }
        }
        int value = chosen >= 0 ? chosen : firstNumeric;
        if (value < 0) {
            return Optional.empty();
        }
        int[] bounds = bounds(table, columns.get(value));
        return Optional.of(new BarSpec(label, value, bounds[0], bounds[1]));
    }

    private static boolean isPreferred(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return PREFERRED_VALUES.contains(lower) || VALUE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private static boolean isBoundName(List<String> columns, String name) {
        for (String[] pair : GENERIC_BOUNDS) {
            if (name.equals(pair[0]) || name.equals(pair[1])) {
                return true;
            }
        }
        for (String[] suffixes : VALUE_BOUND_SUFFIXES) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix) && columns.contains(name.substring(0, name.length() - suffix.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] bounds(Table table, String valueName) {
        List<String> columns = table.columns();
        for (String[] suffixes : VALUE_BOUND_SUFFIXES) {
            int[] found = numericPair(table, valueName + suffixes[0], valueName + suffixes[1]);
            if (found != null) {
                return found;
            }
        }
        for (String[] pair : GENERIC_BOUNDS) {
            int[] found = numericPair(table, pair[0], pair[1]);
            if (found != null) {
                return found;
            }
        }
        return new int[] {-1, -1};
    }

    private static int[] numericPair(Table table, String lowName, String highName) {
        int low = table.columns().indexOf(lowName);
        int high = table.columns().indexOf(highName);
        return low >= 0 && high >= 0 && isNumericColumn(table, low) && isNumericColumn(table, high)
                ? new int[] {low, high} : null;
    }

    private static boolean isNumericColumn(Table table, int column) {
        boolean any = false;
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            if (cell == null) {
                continue;
            }
            if (!(cell instanceof Number)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isConstant(Table table, int column) {
        Object first = table.rows().get(0).get(column);
        for (List<Object> row : table.rows()) {
            if (!Objects.equals(first, row.get(column))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allText(Table table, int column) {
        for (List<Object> row : table.rows()) {
            if (!(row.get(column) instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** A horizontal bar chart of the first {@code maxRows} rows of the table. */
    static String barChart(Table table, BarSpec spec, int maxRows) {
        List<List<Object>> rows = table.rows().subList(0, Math.min(maxRows, table.rows().size()));
        double lo = 0;
        double hi = 0;
        for (List<Object> row : rows) {
            for (int c : new int[] {spec.value(), spec.low(), spec.high()}) {
                double v = c >= 0 ? number(row.get(c)) : Double.NaN;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        Scale x = new Scale(lo, hi, MARGIN + LABEL_WIDTH, BAR_WIDTH);
        int plotTop = MARGIN + 16;
        int height = plotTop + rows.size() * ROW_HEIGHT + 24;
        int width = MARGIN * 2 + LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        String valueName = table.columns().get(spec.value());
        StringBuilder svg = new StringBuilder(512 + rows.size() * 400);
        svg.append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Escapes.html("bar chart of " + valueName))
                .append("\">");
        svg.append("<text x=\"").append(fmt(x.at(lo))).append("\" y=\"").append(MARGIN + 8)
                .append("\" class=\"axis\">").append(Escapes.html(valueName)).append("</text>");
        for (int r = 0; r < rows.size(); r++) {
            appendBar(svg, rows.get(r), r, spec, x, plotTop + r * ROW_HEIGHT);
        }
        int axisY = plotTop + rows.size() * ROW_HEIGHT;
        svg.append("<line x1=\"").append(fmt(x.at(0))).append("\" y1=\"").append(plotTop - 2).append("\" x2=\"")
                .append(fmt(x.at(0))).append("\" y2=\"").append(axisY).append("\" class=\"zero\"/>");
        svg.append("<text x=\"").append(fmt(x.at(lo))).append("\" y=\"").append(axisY + 16)
                .append("\" class=\"axis\">").append(Cells.displayDouble(lo)).append("</text>");
        svg.append("<text x=\"").append(fmt(x.at(hi))).append("\" y=\"").append(axisY + 16)
                .append("\" class=\"axis end\">").append(Cells.displayDouble(hi)).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static void appendBar(StringBuilder svg, List<Object> row, int index, BarSpec spec, Scale x, int top) {
        String label = spec.label() >= 0 ? String.valueOf(row.get(spec.label())) : "row " + (index + 1);
        double value = number(row.get(spec.value()));
        String valueText = Double.isFinite(value) ? Cells.displayDouble(value) : "n/a";
        StringBuilder tip = new StringBuilder(label).append(": ").append(valueText);
        double low = spec.hasWhiskers() ? number(row.get(spec.low())) : Double.NaN;
        double high = spec.hasWhiskers() ? number(row.get(spec.high())) : Double.NaN;
        boolean whisker = Double.isFinite(low) && Double.isFinite(high);
        if (whisker) {
            tip.append(" [").append(Cells.displayDouble(low)).append(", ").append(Cells.displayDouble(high)).append(']');
        }
        int middle = top + ROW_HEIGHT / 2;
        svg.append("<g><title>").append(Escapes.html(tip.toString())).append("</title>");
        svg.append("<text x=\"").append(MARGIN + LABEL_WIDTH - 6).append("\" y=\"").append(middle + 4)
                .append("\" class=\"label\">").append(Escapes.html(shorten(label))).append("</text>");
        if (Double.isFinite(value)) {
            double x0 = Math.min(x.at(0), x.at(value));
            double w = Math.abs(x.at(value) - x.at(0));
            svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(top + 3).append("\" width=\"")
                    .append(fmt(w)).append("\" height=\"").append(ROW_HEIGHT - 6).append("\" class=\"bar\"/>");
        }
        if (whisker) {
            svg.append("<line x1=\"").append(fmt(x.at(low))).append("\" y1=\"").append(middle).append("\" x2=\"")
                    .append(fmt(x.at(high))).append("\" y2=\"").append(middle).append("\" class=\"ci\"/>");
            for (double end : new double[] {low, high}) {
                svg.append("<line x1=\"").append(fmt(x.at(end))).append("\" y1=\"").append(middle - 5)
                        .append("\" x2=\"").append(fmt(x.at(end))).append("\" y2=\"").append(middle + 5)
                        .append("\" class=\"ci\"/>");
            }
        }
        svg.append("<text x=\"").append(MARGIN + LABEL_WIDTH + BAR_WIDTH + 6).append("\" y=\"").append(middle + 4)
                .append("\" class=\"value\">").append(Escapes.html(valueText)).append("</text></g>");
    }

    /** Label cut to a fixed number of code points, so long model names keep the chart readable. */
    private static String shorten(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
    }

    private static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String fmt(double coordinate) {
        return String.format(Locale.ROOT, "%.1f", coordinate);
    }

    /** Linear map from data values to x pixels. */
    private record Scale(double lo, double hi, double left, double width) {
        double at(double v) {
            return left + (v - lo) / (hi - lo) * width;
        }
    }
}
