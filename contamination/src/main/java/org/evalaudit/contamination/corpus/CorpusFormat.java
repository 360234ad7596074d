package org.evalaudit.contamination.corpus;

import org.evalaudit.core.io.ErrorPolicy;

/**
 * How to read corpus records.
 *
 * @param textField JSONL/Parquet field with the text, or null to take {@code text}, then {@code content}
 * @param idField field with the document id, or null for {@code id}
 * @param urlField field with the url, or null for {@code url}
 * @param windowChars longest window scanned at once; longer documents are scanned in overlapping windows
 * @param overlapChars chars shared by consecutive windows: longer than any item, so no match is cut
 * @param onError what a bad record does ({@code --on-error}): FAIL stops the run; SKIP skips it, counted
 *     in {@link BadRecords} (JSON Lines records and Parquet rows; a WARC record or a JSON array cannot be
 *     skipped, since nothing after it can be trusted)
 */
public record CorpusFormat(String textField, String idField, String urlField, int windowChars, int overlapChars,
                           ErrorPolicy onError) {
    /** 4 M chars windows with 64 K chars overlap; a bad record fails. */
    public static final CorpusFormat DEFAULT = new CorpusFormat(null, null, null, 1 << 22, 1 << 16);

    public CorpusFormat {
        if (overlapChars < 0 || windowChars <= 2 * overlapChars) {
            throw new IllegalArgumentException("window (" + windowChars + ") must exceed twice the overlap (" + overlapChars + ")");
        }
        if (onError == null) {
            throw new IllegalArgumentException("onError must not be null");
        }
    }

    /** A format in which a bad record fails. */
    public CorpusFormat(String textField, String idField, String urlField, int windowChars, int overlapChars) {
        this(textField, idField, urlField, windowChars, overlapChars, ErrorPolicy.FAIL);
    }

    public CorpusFormat withFields(String text, String id, String url) {
        return new CorpusFormat(text, id, url, windowChars, overlapChars, onError);
    }

    public CorpusFormat withOnError(ErrorPolicy policy) {
        return new CorpusFormat(textField, idField, urlField, windowChars, overlapChars, policy);
    }
}
