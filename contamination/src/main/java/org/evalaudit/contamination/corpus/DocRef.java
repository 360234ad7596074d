package org.evalaudit.contamination.corpus;

/**
 * Where a document (or one window of a long document) comes from.
 *
 * @param file the corpus file as given
 * @param offset where the record starts: its byte offset in the (decompressed) JSONL stream, the
 *     record's byte offset in a WARC/WET file, the row number in Parquet, 0 for a plain text file
 * @param id the document id ({@code file:offset} when the record has none)
 * @param url the document url, or null
 * @param windowStart char offset of this window within the document text (0 unless the document was
 *     longer than the window limit)
 */
public record DocRef(String file, long offset, String id, String url, int windowStart) implements java.io.Serializable {

    /** The same document at another window start. */
    public DocRef window(int start) {
        return new DocRef(file, offset, id, url, start);
    }
}
