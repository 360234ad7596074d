package org.evalaudit.contamination.text;

import java.util.Arrays;

/**
 * Tokens pushed by {@link CanonicalTokenizer} waiting to be pulled one at a time by the Lucene
 * {@link CanonicalLuceneTokenizer}. Growable primitive arrays, emptied and reused, so a long stream
 * costs no allocation once warm.
 */
final class TokenQueue implements TokenSink {
    private char[] chars = new char[1024];
    private int[] termStart = new int[64];
    private int[] termLength = new int[64];
    private int[] startOffset = new int[64];
    private int[] endOffset = new int[64];
    private int charCount;
    private int head;
    private int tail;

    @Override
    public void token(char[] term, int length, long hash, int start, int end) {
        if (tail == termStart.length) {
            int capacity = tail * 2;
            termStart = Arrays.copyOf(termStart, capacity);
            termLength = Arrays.copyOf(termLength, capacity);
            startOffset = Arrays.copyOf(startOffset, capacity);
            endOffset = Arrays.copyOf(endOffset, capacity);
        }
        if (charCount + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
        }
        System.arraycopy(term, 0, chars, charCount, length);
        termStart[tail] = charCount;
        termLength[tail] = length;
        startOffset[tail] = start;
        endOffset[tail] = end;
        charCount += length;
        tail++;
    }

    boolean isEmpty() {
        return head == tail;
    }

    /** Index of the next token to take; call {@link #advance()} after reading it. */
    int head() {
        return head;
    }

    char[] chars() {
        return chars;
    }

    int termStart(int index) {
        return termStart[index];
    }

    int termLength(int index) {
        return termLength[index];
    }

    int startOffset(int index) {
        return startOffset[index];
    }

    int endOffset(int index) {
        return endOffset[index];
    }

    void advance() {
        head++;
        if (head == tail) {
            clear();
        }
    }

    void clear() {
        head = 0;
        tail = 0;
        charCount = 0;
    }
}
