package org.evalaudit.core.report;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Escaping of untrusted text (item questions, model names, check output) for the human-readable
 * reports. Benchmark text is attacker-controlled as far as a report reader is concerned: a question
 * {@code <script>alert(1)</script>} must show as text, never run.
 */
final class Escapes {
    private Escapes() {
    }

    /**
     * Text safe inside HTML (and inline SVG) element content and double- or single-quoted attribute
     * values: Commons Text {@code escapeHtml4} (which escapes {@code & < > "}) plus the single quote.
     */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        return StringEscapeUtils.escapeHtml4(text).replace("'", "&#39;");
    }

    /**
     * Text safe inside a Markdown table cell or paragraph: HTML-significant characters as entities (many
     * Markdown viewers pass raw HTML through), Markdown punctuation backslash-escaped, line breaks as
     * spaces (a line break would end the table row).
     */
    static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '\r', '\n', '\u0085', '\u2028', '\u2029' -> s.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '!', '~', '{', '}' -> s.append('\\').append(c);
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
