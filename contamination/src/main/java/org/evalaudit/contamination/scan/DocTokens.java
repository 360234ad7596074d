package org.evalaudit.contamination.scan;

import java.util.Arrays;
import org.evalaudit.contamination.text.TokenSink;

/**
 * One document's tokens as parallel primitive arrays (term hash, source offsets) plus its folded letters
 * and digits run together (the gpt4 preset's text), reused from document to document. Filled only for
 * documents that need verifying.
 */
final class DocTokens implements TokenSink {
    long[] hashes = new long[4096];
    int[] start = new int[4096];
    int[] end = new int[4096];
    int size;
    char[] letters = new char[16384];
    int lettersLength;

    void clear() {
        size = 0;
        lettersLength = 0;
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
        size++;
        if (lettersLength + length > letters.length) {
            letters = Arrays.copyOf(letters, Math.max(letters.length * 2, lettersLength + length));
        }
        System.arraycopy(term, 0, letters, lettersLength, length);
        lettersLength += length;
    }
}
