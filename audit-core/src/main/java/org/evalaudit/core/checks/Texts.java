package org.evalaudit.core.checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Locale-independent wording of numbers and examples in finding summaries and reasons ({@link #plural} is
 * public for the checks of other modules).
 */
public final class Texts {
    /** Examples listed per table row or reason. */
    static final int EXAMPLES = 5;
    private static final int EXCERPT_CHARS = 80;

    private Texts() {
    }

    /** "12.5%" with one decimal. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** "1,234,567" grouping with commas whatever the locale. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A plain decimal with at most two places and no trailing zeros ("4", "3.5"). */
    static String decimal(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }

    /** A p-value in three significant digits ("0.00738", "1.55e-21"). */
    static String pValue(double p) {
        return p >= 1e-4 ? String.format(Locale.ROOT, "%.3g", p) : String.format(Locale.ROOT, "%.2e", p);
    }

    /** "n thing" or "n things". */
    public static String plural(long n, String singular, String plural) {
        return count(n) + " " + (n == 1 ? singular : plural);
    }

    /** The first five elements (examples in tables and reasons). */
    static <T> List<T> firstFew(List<T> values) {
        return values.size() <= EXAMPLES ? List.copyOf(values) : List.copyOf(values.subList(0, EXAMPLES));
    }

    /** A one-line excerpt of item text for reasons: whitespace collapsed, cut at 80 characters. */
    static String excerpt(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.codePointCount(0, line.length()) <= EXCERPT_CHARS) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, EXCERPT_CHARS - 1)) + "…";
    }
}
