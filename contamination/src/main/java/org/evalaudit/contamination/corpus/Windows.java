package org.evalaudit.contamination.corpus;

/**
 * Cuts a long document into overlapping windows so that memory per document is bounded and no document
 * is dropped; a match shorter than the overlap always lies whole inside one window.
 */
public final class Windows {
    private Windows() {
    }

    /**
     * Hands {@code text[from, from + length)} to the visitor whole, or in windows of
     * {@link CorpusFormat#windowChars()} overlapping by {@link CorpusFormat#overlapChars()} when longer.
     * A persistent index that re-reads stored documents uses this too, so it sees the scanner's windows.
     */
    public static void emit(DocRef ref, char[] text, int from, int length, CorpusFormat format, DocumentVisitor visitor) {
        if (length <= format.windowChars()) {
            visitor.document(ref, text, from, length);
            return;
        }
        int step = format.windowChars() - format.overlapChars();
        for (int start = 0; ; start += step) {
            int len = Math.min(format.windowChars(), length - start);
            visitor.document(ref.window(ref.windowStart() + start), text, from + start, len);
            if (start + len >= length) {
                return;
            }
        }
    }
}
