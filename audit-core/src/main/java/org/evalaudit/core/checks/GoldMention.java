package org.evalaudit.core.checks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.model.Item;

/**
 * Whether a raw model response states an item's gold answer somewhere in its text: the gold choice's
 * text (multiple choice) or the gold itself (free form) occurs as a whole phrase, case-insensitively and
 * with whitespace runs collapsed ("Paris" in "... so it is paris." but not in "Parisian"); a numeric
 * gold also matches any number in the response with the same canonical value under {@link
 * AnswerMatcher#normalize} ("1,000", "1000.0" and "$1000" all state 1000), so the check and the grader
 * agree on what "the same number" is. A response that states the gold yet is scored 0 is a grading suspect worth a look, not proof:
 * a model may quote the gold while rejecting it. Built once per item, then applied to many responses.
 */
final class GoldMention {
    /** A number inside running text, not glued to a word ("v1000", "H2O"). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}.])[-+]?\\p{Sc}?\\d[\\d,]*(?:\\.\\d+)?(?![\\p{L}\\p{N}])");
    /** The canonical decimal {@link AnswerMatcher#normalize} gives a number. */
    private static final Pattern CANONICAL_NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final GoldMention NEVER = new GoldMention(null, null);

    private final String phrase;
    private final String value;

    private GoldMention(String phrase, String value) {
        this.phrase = phrase;
        this.value = value;
    }

    /** The matcher of the item's gold; it never matches when the item has no usable gold. */
    static GoldMention of(Item item) {
        String gold = item.goldText();
        if (gold == null || gold.isBlank()) {
            return NEVER;
        }
        String normalized = AnswerMatcher.normalize(gold);
        boolean numeric = normalized != null && CANONICAL_NUMBER.matcher(normalized).matches();
        return new GoldMention(fold(gold), numeric ? normalized : null);
    }

    boolean statedIn(String response) {
        if (phrase == null || response == null) {
            return false;
        }
        String text = fold(response);
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            if (boundary(text, at - 1) && boundary(text, at + phrase.length())) {
                return true;
            }
        }
        if (value != null) {
            Matcher m = NUMBER.matcher(response);
            while (m.find()) {
                if (value.equals(AnswerMatcher.normalize(m.group()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case ({@link Locale#ROOT}), whitespace runs as one space, no leading or trailing space. */
    private static String fold(String text) {
        StringBuilder s = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = s.length() > 0;
            } else {
                if (space) {
                    s.append(' ');
                    space = false;
                }
                s.append(c);
            }
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether position {@code i} is outside the text or not a letter or digit. */
    private static boolean boundary(String text, int i) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }
}
