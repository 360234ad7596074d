package org.evalaudit.noise.quality;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text patterns shared by the malformed-item detector and the textual cues, defined once.
 */
final class TextPatterns {
    /** A web address. */
    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]+");
    /**
     * UTF-8 read as Windows-1252 or Latin-1: a lead byte shown as "Ã", "Â" or "â€" followed by a
     * continuation byte shown as a Latin-1 supplement or Windows-1252 punctuation character ("Ã©" for "é",
     * "â€™" for a right quote).
     */
    static final Pattern MOJIBAKE = Pattern.compile(
            "[\\u00C2\\u00C3][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]"
                    + "|\\u00E2\\u20AC");
    /**
     * Kinds of evidence that a text is source code, each a pattern that is rare in prose and in mathematics
     * (LaTeX braces and arrows do not count): statement-ending semicolons, unambiguous keywords, C-style
     * operators, braces that open or close a line, a colon that opens an indented block, markup tags.
     */
    private static final List<Pattern> CODE_MARKERS = List.of(
            Pattern.compile(";(?=\\s|}|$)"),
            Pattern.compile("\\b(?:def|return|import|function|var|const|public|private|static|void|printf|println|elif|"
                    + "lambda|SELECT|INSERT|console\\.log|System\\.out)\\b|#include"),
            Pattern.compile("==|!=|&&|\\|\\||\\+\\+|\\+=|-=|\\*="),
            Pattern.compile("(?m)\\{\\s*$|^\\s*}"),
            Pattern.compile("(?m):[ \\t]*\\n[ \\t]+\\S"),
            Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?>"));
    /** A word of prose: three or more letters. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    static final char REPLACEMENT = '\uFFFD';

    private TextPatterns() {
    }

    static boolean hasDamagedEncoding(String text) {
        return text != null && (text.indexOf(REPLACEMENT) >= 0 || MOJIBAKE.matcher(text).find());
    }

    /** The text is essentially a URL: one covers at least half of its non-space characters. */
    static boolean isUrl(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        var m = URL.matcher(t);
        int covered = 0;
        while (m.find()) {
            covered += m.end() - m.start();
        }
        return covered * 2 >= t.replaceAll("\\s+", "").length();
    }

    /**
     * The text is code rather than a question: at least two pieces of code evidence (each kind counted at
     * most twice, so two tags or two statements suffice), no question mark, and at most three words of
     * prose (a programming question has its prompt in words: "What does this print?").
     */
    static boolean isCode(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.indexOf('?') >= 0) {
            return false;
        }
        int evidence = 0;
        for (Pattern marker : CODE_MARKERS) {
            var m = marker.matcher(t);
            for (int found = 0; found < 2 && m.find(); found++) {
                evidence++;
            }
        }
        if (evidence < 2) {
            return false;
        }
        var words = WORD.matcher(t);
        int prose = 0;
        while (words.find()) {
            prose++;
        }
        return prose <= 3;
    }
}
