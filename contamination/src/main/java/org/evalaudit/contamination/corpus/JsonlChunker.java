package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Cuts a JSON Lines file (plain, gzip or zstd) into {@link JsonlChunk}s of about {@link #CHUNK_BYTES}
 * without parsing it, so that the thread reading a compressed file only decompresses, and the records are
 * parsed in parallel by whoever takes the chunks ({@link JsonlRecords}).
 *
 * <p>A chunk ends just after a line feed that has {@code '}'} before it and {@code '{'} after it (white
 * space aside). In valid JSON that is always between two top-level objects: inside an object or array a
 * closing brace is followed by a comma or another closing bracket, and a string holds no raw line feed. So
 * a file that the streaming reader accepts, one object per line or pretty-printed, is cut only between
 * records; a record longer than a chunk makes its chunk longer. Line numbers follow Jackson's count: a
 * line feed, a carriage return, or both together end a line.
 */
public final class JsonlChunker {
    /** Decompressed bytes per chunk (more when a record is longer). */
    public static final int CHUNK_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7f7f7f7f7f7f7f7fL;

    private JsonlChunker() {
    }

    /**
     * Whether the scanner may read {@code file} in chunks: a {@code .jsonl}, {@code .ndjson} or {@code .json}
     * file (optionally compressed) whose first value is not an array. A file holding one JSON array is
     * read by the streaming reader instead.
     */
    public static boolean applies(Path file) throws IOException {
        String base = Compression.baseName(file);
        if (!(base.endsWith(".jsonl") || base.endsWith(".ndjson") || base.endsWith(".json"))) {
            return false;
        }
        try (InputStream in = Compression.open(file, n -> { })) {
            int b = in.read();
            if (b == 0xef) { // UTF-8 byte order mark
                in.readNBytes(2);
                b = in.read();
            }
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = in.read();
            }
            return b != '[';
        }
    }

    /** Decompresses {@code file} and hands it out in chunks, in order; {@code progress} gets compressed bytes read. */
    public static void cut(Path file, Consumer<JsonlChunk> each, LongConsumer progress) throws IOException {
        cut(file, CHUNK_BYTES, each, progress);
    }

    /** {@link #cut(Path, Consumer, LongConsumer)} into chunks of about {@code chunkBytes}. */
    static void cut(Path file, int chunkBytes, Consumer<JsonlChunk> each, LongConsumer progress) throws IOException {
        try (InputStream in = Compression.open(file, progress)) {
            byte[] buffer = new byte[chunkBytes];
            int filled = 0;
            long offset = 0;
            long line = 1;
            while (true) {
                int wanted = buffer.length - filled;
                int read = in.readNBytes(buffer, filled, wanted);
                filled += read;
                boolean end = read < wanted;
                int cut = end ? filled : lastBoundary(buffer, filled);
                if (cut < 0) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    continue;
                }
                if (cut > 0) {
                    byte[] next = new byte[Math.max(chunkBytes, 2 * (filled - cut))];
                    System.arraycopy(buffer, cut, next, 0, filled - cut);
                    each.accept(new JsonlChunk(file, buffer, cut, offset, line));
                    if (!end) {
                        offset += cut;
                        line += lines(buffer, 0, cut);
                    }
                    buffer = next;
                    filled -= cut;
                }
                if (end) {
                    return;
                }
            }
        }
    }

    /**
     * The end of the last complete record in {@code bytes[0, filled)}: just past a line feed with
     * {@code '}'} before it and {@code '{'} after it, white space aside; -1 when there is none.
     */
    static int lastBoundary(byte[] bytes, int filled) {
        for (int p = filled - 1; p >= 0; p--) {
            if (bytes[p] != '\n') {
                continue;
            }
            int next = p + 1;
            while (next < filled && isSpace(bytes[next])) {
                next++;
            }
            if (next == filled || bytes[next] != '{') {
                continue;
            }
            int previous = p - 1;
            while (previous >= 0 && isSpace(bytes[previous])) {
                previous--;
            }
            if (previous >= 0 && bytes[previous] == '}') {
                return p + 1;
            }
        }
        return -1;
    }

    /** JSON white space. */
    static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /**
     * Line ends in {@code bytes[from, to)} as Jackson counts them: line feeds, plus carriage returns not
     * followed by a line feed. Eight bytes at a time; {@code to} does not split a carriage return from its
     * line feed.
     */
    static long lines(byte[] bytes, int from, int to) {
        long count = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            count += Long.bitCount(zeroBytes(word ^ ('\n' * ONES)));
            if (zeroBytes(word ^ ('\r' * ONES)) != 0) {
                count += loneReturns(bytes, i, i + 8, to);
            }
        }
        for (int j = i; j < to; j++) {
            if (bytes[j] == '\n') {
                count++;
            }
        }
        return count + loneReturns(bytes, i, to, to);
    }

    /** Carriage returns in {@code bytes[from, to)} not followed by a line feed. */
    private static int loneReturns(byte[] bytes, int from, int to, int length) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\r' && (i + 1 == length || bytes[i + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }

    /** The high bit of every zero byte of {@code x}, exactly (no borrow across bytes). */
    private static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
    }
}
