package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.text.TokenSink;

/** One document's tokens as parallel primitive arrays, reused from document to document. */
final class DocTokens implements TokenSink {
    long[] hashes = new long[4096];
    int[] low = new int[4096];
    int[] start = new int[4096];
    int[] end = new int[4096];
    int size;

    /** Char offset just past the last token (0 when there is none). */
    int tokenEndChar() {
        return size == 0 ? 0 : end[size - 1];
    }

    void clear() {
        size = 0;
    }

    @Override
    public void token(char[] term, int length, long hash, int from, int to) {
        if (size == hashes.length) {
            int capacity = size * 2;
            hashes = Arrays.copyOf(hashes, capacity);
            low = Arrays.copyOf(low, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
        }
        hashes[size] = hash;
        low[size] = (int) hash;
        start[size] = from;
        end[size] = to;
        size++;
    }
}
