package org.evalaudit.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines on {@code \n} only (a trailing {@code \r} is dropped), without decoding
 * to characters: texts may contain U+0085 or U+2028, which other line splitters treat as line breaks.
 * The current line is exposed as a slice of an internal buffer that is valid until the next call.
 */
final class JsonLines {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int lineStart;
    private int lineLength;

    JsonLines(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    setLine(position, i);
                    position = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (position < limit) {
                    setLine(position, limit);
                    position = limit;
                    return true;
                }
                return false;
            }
            int scannedUpTo = limit;
            scanned = scannedUpTo - fill();
        }
    }

    /** 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** Whether the current line holds only ASCII whitespace. */
    boolean isBlank() {
        for (int i = lineStart; i < lineStart + lineLength; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private void setLine(int from, int to) {
        lineNumber++;
        if (lineNumber == 1 && to - from >= 3 && Arrays.equals(buffer, from, from + 3, UTF8_BOM, 0, 3)) {
            from += 3;
        }
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        lineStart = from;
        lineLength = to - from;
    }

    /** Reads more bytes after moving the unfinished line to the front; returns how far it moved. */
    private int fill() throws IOException {
        int shift = position;
        if (shift > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
        return shift;
    }
}
