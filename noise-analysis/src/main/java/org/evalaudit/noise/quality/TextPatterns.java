package org.evalaudit.noise.quality;

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
    /** Natural language: three words of two or more letters in a row. */
    static final Pattern PROSE = Pattern.compile("\\p{L}{2,}[\\s,;:'’]+\\p{L}{2,}[\\s,;:'’]+\\p{L}{2,}");
    /** Characters that are frequent in source code and rare in prose. */
    static final Pattern CODE_SYMBOL = Pattern.compile("[{};=<>\\[\\]()\\\\|&$#@^~`]");
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
     * The text is code rather than a question: no run of three words of prose, and at least one in ten of
     * its non-space characters is a code symbol.
     */
    static boolean isCode(String text) {
        String t = text.strip();
        if (t.isEmpty() || PROSE.matcher(t).find()) {
            return false;
        }
        var m = CODE_SYMBOL.matcher(t);
        int symbols = 0;
        while (m.find()) {
            symbols++;
        }
        return symbols * 10 >= t.replaceAll("\\s+", "").length();
    }
}
