package org.evalaudit.noise.labels;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form in which answers are compared to each other and to the gold, so that "(b)", "B." and
 * "b" are one vote and "1,000" equals "1000.0". It mirrors the grading normal form (NFKC, collapsed
 * whitespace, surrounding punctuation stripped, canonical numbers, single letters upper case, other text
 * lower case) so that a label is judged suspect with the same notion of "same answer" that graded it.
 * TODO(lead): delegate to {@code org.evalaudit.core.grading.AnswerMatcher.normalize} once it is on main.
 */
final class Answers {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u2028\\u2029]+");
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?\\p{Sc}?(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)");

    private Answers() {
    }

    /** The normal form; null for an abstention (null, blank or punctuation only). */
    static String normalize(String answer) {
        if (answer == null) {
            return null;
        }
        if (answer.length() == 1 && answer.charAt(0) < 128 && Character.isLetter(answer.charAt(0))) {
            return String.valueOf(Character.toUpperCase(answer.charAt(0)));
        }
        String s = WHITESPACE.matcher(Normalizer.normalize(answer, Normalizer.Form.NFKC)).replaceAll(" ");
        s = stripSurroundingPunctuation(s);
        if (s.isEmpty()) {
            return null;
        }
        if (NUMBER.matcher(s).matches()) {
            String digits = s.replace(",", "").replaceAll("\\p{Sc}", "");
            return new java.math.BigDecimal(digits).stripTrailingZeros().toPlainString();
        }
        if (s.codePointCount(0, s.length()) == 1 && Character.isLetter(s.codePointAt(0))) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String stripSurroundingPunctuation(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isStrippable(s.charAt(start)) && !startsNumber(s, start)) {
            start++;
        }
        while (end > start && isStrippable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** A sign or a decimal point directly before a digit belongs to the number ("-5", ".5"). */
    private static boolean startsNumber(String s, int at) {
        char c = s.charAt(at);
        return (c == '-' || c == '+' || c == '.') && at + 1 < s.length() && Character.isDigit(s.charAt(at + 1));
    }

    private static boolean isStrippable(char c) {
        if (Character.isWhitespace(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || c == '*' || c == '_';
    }
}
