package org.evalaudit.core.report;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns table cells (String, Number, Boolean, null, or a List of those; see {@link
 * org.evalaudit.core.audit.Table}) into text. Two forms exist because they serve different readers:
 * {@link #text} is exact and meant for machines (CSV exports), {@link #display} is rounded and meant for
 * people (Markdown, HTML). Both are locale-independent and give the same characters on every JVM.
 */
final class Cells {
    private static final int DISPLAY_DECIMALS = 4;
    private static final MathContext DISPLAY_SIGNIFICANT = new MathContext(3, RoundingMode.HALF_EVEN);

    private Cells() {
    }

    /**
     * Exact text: doubles as the shortest decimal that reads back to the same double (Jackson's
     * Schubfach writer, so the digits do not depend on the JDK's {@code Double.toString}), NaN and
     * infinities as "" (like JSON null), lists joined with ";", null as "".
     */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof List<?> list) {
            return list.stream().map(Cells::text).collect(Collectors.joining(";"));
        }
        if (isFloating(cell)) {
            double d = ((Number) cell).doubleValue();
            return Double.isFinite(d) ? NumberOutput.toString(d, true) : "";
        }
        return cell.toString();
    }

    /**
     * Rounded text for people: at most four decimals with trailing zeros dropped ({@code 0.8123},
     * {@code 12.5}, {@code 3}); magnitudes under 0.001 or from 1e15 up in scientific notation with three
     * significant digits ({@code 1.23e-5}); NaN and infinities as "" like null (JSON cannot hold them, so
     * a report read back from JSON shows the same); lists joined with ", ".
     */
    static String display(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof List<?> list) {
            return list.stream().map(Cells::display).collect(Collectors.joining(", "));
        }
        if (isFloating(cell)) {
            return displayDouble(((Number) cell).doubleValue());
        }
        return cell.toString();
    }

    static String displayDouble(double d) {
        if (!Double.isFinite(d)) {
            return "";
        }
        if (d == 0) {
            return "0";
        }
        double magnitude = Math.abs(d);
        BigDecimal exact = new BigDecimal(d);
        if (magnitude < 1e-3 || magnitude >= 1e15) {
            return scientific(exact.round(DISPLAY_SIGNIFICANT).stripTrailingZeros());
        }
        return exact.setScale(DISPLAY_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String scientific(BigDecimal value) {
        String digits = value.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - value.scale();
        StringBuilder s = new StringBuilder();
        if (value.signum() < 0) {
            s.append('-');
        }
        s.append(digits.charAt(0));
        if (digits.length() > 1) {
            s.append('.').append(digits, 1, digits.length());
        }
        return s.append('e').append(exponent).toString();
    }

    private static boolean isFloating(Object cell) {
        return cell instanceof Double || cell instanceof Float || cell instanceof BigDecimal;
    }

    /** Whether the cell is an integer type (written without a decimal point). */
    static boolean isIntegral(Object cell) {
        return cell instanceof Integer || cell instanceof Long || cell instanceof Short || cell instanceof Byte
                || cell instanceof BigInteger;
    }
}
