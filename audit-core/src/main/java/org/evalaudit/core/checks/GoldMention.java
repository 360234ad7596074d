package org.evalaudit.core.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalaudit.core.model.Item;

/**
 * Whether a raw model response states the gold answer somewhere in its text: the gold choice's text
 * (multiple choice) or the gold itself (free form) occurs as a whole phrase, case-insensitively and with
 * whitespace runs collapsed ("Paris" in "... so it is paris." but not in "Parisian"); a numeric gold also
 * matches any number in the response with the same value ("1,000" and "1000.0" both state 1000). A
 * response that states the gold yet is scored 0 is a grading suspect worth a look, not proof: a
 * model may quote the gold while rejecting it.
 */
final class GoldMention {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.])[-+]?\\d[\\d,]*(?:\\.\\d+)?(?![\\p{L}\\p{N}])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private GoldMention() {
    }

    static boolean inResponse(String response, Item item) {
        String gold = item.goldText();
        if (response == null || gold == null || gold.isBlank()) {
            return false;
        }
        String text = fold(response);
        String phrase = fold(gold);
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (boundary(text, at - 1) && boundary(text, at + phrase.length())) {
                return true;
            }
        }
        Double value = number(gold.strip());
        if (value != null) {
            Matcher m = NUMBER.matcher(response);
            while (m.find()) {
                if (value.equals(number(m.group()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String fold(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Whether position {@code i} is outside the text or not a letter or digit. */
    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    /** The value of a whole-number string ("1,000", "-2.50"), or null. */
    private static Double number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            return null;
        }
        try {
            return Double.parseDouble(text.replace(",", "")) + 0.0;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
