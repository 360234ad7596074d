package org.evalaudit.noise.quality;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normal forms of item text. {@link #exact} is the form under which two items count as exact duplicates:
 * Unicode NFKC, case folded, whitespace runs collapsed, trimmed; punctuation is kept, so that "2.5" and
 * "25" stay apart. {@link #loose} also drops everything but letters and digits, for near-identical
 * choices ("the cell wall." vs "The cell wall").
 */
public final class TextForms {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u2028\\u2029]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextForms() {
    }

    /** NFKC, lower case, collapsed whitespace, trimmed; "" for null. */
    public static String exact(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            return collapseAscii(text);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    /** Printable ASCII, spaces, tabs and newlines only: NFKC leaves such text unchanged. */
    private static boolean isPlainAscii(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= 127 || (c < 32 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 11)) {
                return false;
            }
        }
        return true;
    }

    /** The {@link #exact} form of plain ASCII, without regular expressions. */
    private static String collapseAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c <= ' ') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return out.toString();
    }

    /** {@link #exact} with every run of non-alphanumeric characters removed. */
    public static String loose(String text) {
        return NOT_ALPHANUMERIC.matcher(exact(text)).replaceAll("");
    }
}
