package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a score value. Scores must be finite and in [0, 1]; {@code true}/{@code false} mean 1/0, in JSON
 * or as text (CSV holds only text).
 */
final class Scores {
    private static final String EXPECTED = "expected a number in [0,1] or true/false, got ";

    private Scores() {
    }

    /** The score, or null when the value is absent (JSON null or an empty CSV cell). */
    static Double parse(Path file, long line, String field, JsonNode node) {
        if (Json.isAbsent(node)) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1.0 : 0.0;
        }
        if (node.isNumber()) {
            return inRange(file, line, field, node.doubleValue(), node);
        }
        if (node.isTextual()) {
            String text = node.textValue().strip();
            if (text.isEmpty()) {
                return null;
            }
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true":
                    return 1.0;
                case "false":
                    return 0.0;
                default:
                    break;
            }
            try {
                return inRange(file, line, field, Double.parseDouble(text), node);
            } catch (NumberFormatException e) {
                throw new InputError(file, line, field, EXPECTED + Json.describe(node));
            }
        }
        throw new InputError(file, line, field, EXPECTED + Json.describe(node));
    }

    /**
     * An Inspect score value: {@code C} correct 1, {@code I} incorrect 0, {@code P} partial 0.5,
     * {@code N} no answer 0 (inspect_ai {@code value_to_float}), yes/no, true/false, or a number in [0, 1].
     */
    static Double parseInspect(Path file, long line, String field, JsonNode node) {
        if (node != null && node.isTextual()) {
            switch (node.textValue().strip().toUpperCase(Locale.ROOT)) {
                case "C":
                case "YES":
                    return 1.0;
                case "I":
                case "N":
                case "NO":
                    return 0.0;
                case "P":
                    return 0.5;
                default:
                    break;
            }
        }
        if (node != null && node.isContainerNode()) {
            throw new InputError(file, line, field, "expected C, I, P, N, a number in [0,1] or true/false, got "
                    + Json.describe(node) + " (choose another scorer with score=<scorer>)");
        }
        return parse(file, line, field, node);
    }

    private static double inRange(Path file, long line, String field, double value, JsonNode node) {
        if (!Double.isFinite(value) || value < 0 || value > 1) {
            throw new InputError(file, line, field, EXPECTED + Json.describe(node));
        }
        return value;
    }
}
