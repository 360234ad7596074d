package org.evalaudit.noise;

import java.util.Locale;

/** Formats numbers for finding summaries the same way in every check (fractions as points, shares as percent). */
public final class Numbers {
    private Numbers() {
    }

    /** A fraction as percentage points with one decimal: 0.0983 -> "9.8". */
    public static String points(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    /** A share as a whole percentage: 0.333 -> "33%". */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A number with {@code decimals} decimals. */
    public static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** A count with thousands separators: 15000 -> "15,000". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** NaN and infinities become null, for table cells. */
    public static Double cell(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
