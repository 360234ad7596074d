package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.text.TokenSink;

/**
 * One document's tokens as parallel primitive arrays, reused from document to document. Each token is
 * also handed to {@link #probe(long, int)} as it arrives, so the Bloom probes of the n-grams ending at
 * a token overlap, in the CPU, with tokenizing the next ones.
 */
abstract class DocTokens implements TokenSink {
    long[] hashes = new long[4096];
    int[] start = new int[4096];
    int[] end = new int[4096];
    int size;

    /** Called for token {@code index} once it is stored. */
    abstract void probe(long hash, int index);

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
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
        }
        hashes[size] = hash;
        start[size] = from;
        end[size] = to;
        probe(hash, size++);
    }
}
