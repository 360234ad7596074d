package org.evalaudit.contamination.corpus;

/**
 * How to read corpus records.
 *
 * @param textField JSONL/Parquet field with the text, or null to take {@code text}, then {@code content}
 * @param idField field with the document id, or null for {@code id}
 * @param urlField field with the url, or null for {@code url}
 * @param windowChars longest window scanned at once; longer documents are scanned in overlapping windows
 * @param overlapChars chars shared by consecutive windows: longer than any item, so no match is cut
 */
public record CorpusFormat(String textField, String idField, String urlField, int windowChars, int overlapChars) {
    /** 4 M chars windows with 64 K chars overlap. */
    public static final CorpusFormat DEFAULT = new CorpusFormat(null, null, null, 1 << 22, 1 << 16);

    public CorpusFormat {
        if (overlapChars < 0 || windowChars <= 2 * overlapChars) {
            throw new IllegalArgumentException("window (" + windowChars + ") must exceed twice the overlap (" + overlapChars + ")");
        }
    }

    public CorpusFormat withFields(String text, String id, String url) {
        return new CorpusFormat(text, id, url, windowChars, overlapChars);
    }
}
