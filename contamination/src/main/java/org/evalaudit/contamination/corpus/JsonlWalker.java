package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.evalaudit.contamination.text.HashTokenizer;

/**
 * A single hand-written pass over the records of a {@link JsonlChunk} that finds the fields
 * {@link JsonlReader#readRecord} finds (top-level keys only; the text, id and url chosen alike, duplicate
 * keys included) and hashes the text's terms on the way, so that a record's text is read once instead of
 * being skipped by Jackson and then read again by the tokenizer.
 *
 * <p>It accepts only a strict subset of what Jackson accepts: well-formed UTF-8 (no overlong forms, no
 * encoded surrogates), names without escapes, numbers of at most {@link #MAX_NUMBER} chars, nesting of at
 * most {@link #MAX_DEPTH}, one object per record. At anything else (malformed JSON, or valid JSON it does
 * not handle) it stops before the record, and {@link JsonlRecords} parses the chunk again with Jackson,
 * handing on the records from that one: their ids, urls, offsets, lines and the
 * {@link org.evalaudit.core.io.InputError} of a bad record are then Jackson's by construction.
 */
final class JsonlWalker {
    /** Longer numbers are left to Jackson, which limits their length ({@code StreamReadConstraints}). */
    private static final int MAX_NUMBER = 100;
    /** Deeper nesting is left to Jackson, which limits it ({@code StreamReadConstraints}). */
    private static final int MAX_DEPTH = 100;
    /** Longer names and id or url strings are left to Jackson, which limits their length. */
    private static final int MAX_NAME = 1000;
    private static final int MAX_VALUE_STRING = 1 << 20;
    private static final int FAIL = -1;

    private final CorpusFormat format;
    private final HashTokenizer hasher;
    private final byte[][] textNames;
    private final byte[] idName;
    private final byte[] urlName;

    private byte[] bytes;
    private int limit;
    private long line;
    /** Chars of the last string hashed by {@link #hashText}, or -1 when it must be decoded. */
    private int hashedChars;
    /** Where the name read by the last {@link #member} ends (its closing quote). */
    private int nameEnd;
    /** Whether the last string walked by {@link #skipString} has an escape. */
    private boolean escaped;
    /** The last id or url string or scalar read by {@link #scalarText}. */
    private String scalar;

    JsonlWalker(CorpusFormat format, HashTokenizer hasher) {
        this.format = format;
        this.hasher = hasher;
        this.textNames = format.textField() == null ? new byte[][] {utf8("text"), utf8("content")}
                : new byte[][] {utf8(format.textField())};
        this.idName = utf8(format.idField() == null ? "id" : format.idField());
        this.urlName = utf8(format.urlField() == null ? "url" : format.urlField());
    }

    private static byte[] utf8(String name) {
        return name.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Hands the records of {@code chunk} to {@code visitor} in order, each with its text's term hashes in
     * the hasher, until the end of the chunk or a record it leaves to Jackson.
     *
     * @return how many records were handed to the visitor, or -1 when all were
     */
    int walk(JsonlChunk chunk, JsonlRecord record, JsonlRecords.Visitor visitor) throws IOException {
        bytes = chunk.bytes();
        limit = chunk.length();
        line = chunk.firstLine();
        int p = space(0);
        int visited = 0;
        while (p < limit) {
            int end = bytes[p] == '{' ? record(p, chunk.offset(), record) : FAIL;
            if (end < 0) {
                return visited;
            }
            visitor.record(record);
            visited++;
            p = space(end);
        }
        return -1;
    }

    /** Reads the object at {@code bytes[p]} into {@code record}; the index after it, or -1. */
    private int record(int p, long chunkOffset, JsonlRecord record) {
        record.offset = chunkOffset + p;
        record.line = line;
        record.id = null;
        record.url = null;
        record.textLength = -1;
        record.textQuote = -1;
        record.hashedChars = -1;
        int rank = Integer.MAX_VALUE;
        int i = space(p + 1);
        if (i < limit && bytes[i] == '}') {
            return FAIL; // no text field: Jackson's error
        }
        while (true) {
            int nameFrom = i + 1;
            i = member(i);
            if (i < 0 || escaped) {
                return FAIL;
            }
            int nameEnd = this.nameEnd;
            int textRank = textRank(nameFrom, nameEnd);
            boolean scalarValue = bytes[i] != '{' && bytes[i] != '[';
            int end;
            if (bytes[i] == '"' && textRank < rank) {
                rank = textRank;
                record.textQuote = i;
                hasher.reset();
                int close = hashText(i, format.windowChars());
                end = close < 0 ? FAIL : close + 1;
                record.hashedChars = hashedChars;
            } else if (scalarValue && equal(idName, nameFrom, nameEnd)) {
                end = scalarText(i);
                record.id = scalar;
            } else if (scalarValue && equal(urlName, nameFrom, nameEnd)) {
                end = scalarText(i);
                record.url = scalar;
            } else {
                end = value(i, 1);
            }
            if (end < 0) {
                return FAIL;
            }
            i = space(end);
            if (i >= limit) {
                return FAIL;
            }
            if (bytes[i] == '}') {
                break;
            }
            if (bytes[i] != ',') {
                return FAIL;
            }
            i = space(i + 1);
        }
        if (rank == Integer.MAX_VALUE) {
            return FAIL;
        }
        if (record.hashedChars >= 0) {
            hasher.end();
        }
        return i + 1;
    }

    /** As {@link JsonlReader}'s text rank, on the name's bytes. */
    private int textRank(int from, int to) {
        for (int r = 0; r < textNames.length; r++) {
            if (equal(textNames[r], from, to)) {
                return r;
            }
        }
        return Integer.MAX_VALUE;
    }

    private boolean equal(byte[] name, int from, int to) {
        if (to - from != name.length) {
            return false;
        }
        for (int k = 0; k < name.length; k++) {
            if (bytes[from + k] != name[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hashes the JSON string whose opening quote is at {@code quote} into the hasher, as
     * {@link org.evalaudit.contamination.text.CanonicalTokenizer} would tokenize its decoded chars, and
     * sets {@link #hashedChars}: the string's length in chars, or -1 when it is longer than
     * {@code maxChars} or has a char the hash tokenizer leaves to the canonical one.
     *
     * @return the index of the closing quote, or -1 when the string is not strictly well-formed
     */
    private int hashText(int quote, int maxChars) {
        int i = quote + 1;
        int chars = 0;
        hashedChars = -1;
        while (true) {
            if (i < limit && (bytes[i] >= 0 || (bytes[i] & 0xE0) == 0xC0)) {
                // a run of ASCII and two-byte chars (a longer char next, as in Chinese text, is decoded below)
                int extraBytes = hasher.extraBytes();
                int stop = hasher.pushJson(bytes, i, (int) Math.min(limit, (long) i + maxChars + 1 - chars));
                chars += stop - i - (hasher.extraBytes() - extraBytes);
                i = stop;
                if (chars > maxChars) {
                    return skipString(i);
                }
            }
            if (i >= limit) {
                return FAIL;
            }
            int b = bytes[i] & 0xff;
            if (b == '"') {
                hashedChars = chars;
                return i;
            }
            boolean taken;
            if (b == '\\') {
                int c = escape(i);
                if (c < 0) {
                    return FAIL;
                }
                taken = hasher.push((char) c);
                i += bytes[i + 1] == 'u' ? 6 : 2;
            } else {
                int codePoint = codePoint(i);
                if (codePoint < 0) {
                    return FAIL;
                }
                if (codePoint < 0x10000) {
                    taken = hasher.pushUtf8(bytes, i, utf8Length(b), (char) codePoint);
                } else {
                    taken = hasher.pushCodePoint(codePoint);
                    chars++;
                }
                i += utf8Length(b);
            }
            chars++;
            if (!taken || chars > maxChars) {
                return skipString(i);
            }
        }
    }

    /**
     * Hashes the text of a record Jackson has read ({@link JsonlRecord#textQuote} set), as the walk does;
     * -1 also when the text is not strictly well-formed UTF-8 (Jackson accepts a few malformed forms), so
     * that the record is decoded with Jackson.
     */
    void hashRecord(JsonlChunk chunk, JsonlRecord record) {
        bytes = chunk.bytes();
        limit = chunk.length();
        hasher.reset();
        record.hashedChars = hashText(record.textQuote, format.windowChars()) < 0 ? -1 : hashedChars;
        if (record.hashedChars >= 0) {
            hasher.end();
        }
    }

    /** The index of the closing quote of the string from {@code i}, or -1; sets {@link #escaped}. */
    private int skipString(int i) {
        escaped = false;
        while (i < limit) {
            int b = bytes[i] & 0xff;
            if (b == '"') {
                return i;
            }
            if (b >= 0x20 && b < 0x80 && b != '\\') {
                i++;
            } else if (b == '\\') {
                if (escape(i) < 0) {
                    return FAIL;
                }
                escaped = true;
                i += bytes[i + 1] == 'u' ? 6 : 2;
            } else if (b >= 0x80 && codePoint(i) >= 0) {
                i += utf8Length(b);
            } else {
                return FAIL;
            }
        }
        return FAIL;
    }

    /**
     * Reads a scalar value (string, number, true, false, null) into {@link #scalar} as Jackson's
     * {@code getValueAsString} gives it (null for null); the index after it, or -1 when it is malformed or
     * left to Jackson.
     */
    private int scalarText(int i) {
        int b = bytes[i];
        if (b == '"') {
            int end = skipString(i + 1);
            if (end < 0 || end - i > MAX_VALUE_STRING) {
                return FAIL;
            }
            scalar = escaped || !ascii(i + 1, end) ? decode(i + 1, end) : new String(bytes, i + 1, end - i - 1,
                    StandardCharsets.ISO_8859_1);
            return end + 1;
        }
        int end = value(i, 1);
        if (end >= 0) {
            scalar = b == 'n' ? null : new String(bytes, i, end - i, StandardCharsets.ISO_8859_1);
        }
        return end;
    }

    private boolean ascii(int from, int to) {
        for (int k = from; k < to; k++) {
            if (bytes[k] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the (well-formed) string {@code bytes[from, to)}. */
    private String decode(int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int b = bytes[i] & 0xff;
            if (b == '\\') {
                out.append((char) escape(i));
                i += bytes[i + 1] == 'u' ? 6 : 2;
            } else if (b < 0x80) {
                out.append((char) b);
                i++;
            } else {
                out.appendCodePoint(codePoint(i));
                i += utf8Length(b);
            }
        }
        return out.toString();
    }

    /** The index after the JSON value at {@code i}, or -1 when it is malformed or left to Jackson. */
    private int value(int i, int depth) {
        if (depth > MAX_DEPTH) {
            return FAIL;
        }
        return switch (bytes[i]) {
            case '"' -> {
                int end = skipString(i + 1);
                yield end < 0 ? FAIL : end + 1;
            }
            case '{' -> container(i, depth, '}', true);
            case '[' -> container(i, depth, ']', false);
            case 't' -> literal(i, "true");
            case 'f' -> literal(i, "false");
            case 'n' -> literal(i, "null");
            default -> number(i);
        };
    }

    /**
     * From the opening quote of an object member's name at {@code i}: the index of its value, past the
     * colon, or -1; the name is {@code bytes[i + 1, nameEnd)} ({@link #escaped} says whether it has an
     * escape).
     */
    private int member(int i) {
        if (i >= limit || bytes[i] != '"') {
            return FAIL;
        }
        nameEnd = skipString(i + 1);
        if (nameEnd < 0 || nameEnd - i > MAX_NAME) {
            return FAIL;
        }
        i = space(nameEnd + 1);
        if (i >= limit || bytes[i] != ':') {
            return FAIL;
        }
        i = space(i + 1);
        return i < limit ? i : FAIL;
    }

    /** An object ({@code names}) or an array from {@code bytes[i]}; the index after its closing bracket. */
    private int container(int i, int depth, char close, boolean names) {
        i = space(i + 1);
        if (i < limit && bytes[i] == close) {
            return i + 1;
        }
        while (i < limit) {
            if (names) {
                i = member(i);
                if (i < 0) {
                    return FAIL;
                }
            }
            int end = value(i, depth + 1);
            if (end < 0) {
                return FAIL;
            }
            i = space(end);
            if (i >= limit) {
                return FAIL;
            }
            if (bytes[i] == close) {
                return i + 1;
            }
            if (bytes[i] != ',') {
                return FAIL;
            }
            i = space(i + 1);
        }
        return FAIL;
    }

    /** A literal, which must not run into a letter or digit (Jackson's "unrecognized token"). */
    private int literal(int i, String word) {
        int end = i + word.length();
        if (end >= limit) {
            return FAIL;
        }
        for (int k = 1; k < word.length(); k++) {
            if (bytes[i + k] != word.charAt(k)) {
                return FAIL;
            }
        }
        return delimiter(end) ? end : FAIL;
    }

    /** A number as JSON defines it: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private int number(int from) {
        int i = from;
        if (i < limit && bytes[i] == '-') {
            i++;
        }
        if (i >= limit || !digit(bytes[i])) {
            return FAIL;
        }
        if (bytes[i] == '0') {
            i++;
        } else {
            i = digits(i);
        }
        if (i < limit && bytes[i] == '.') {
            int after = digits(i + 1);
            if (after == i + 1) {
                return FAIL;
            }
            i = after;
        }
        if (i < limit && (bytes[i] == 'e' || bytes[i] == 'E')) {
            i++;
            if (i < limit && (bytes[i] == '+' || bytes[i] == '-')) {
                i++;
            }
            int after = digits(i);
            if (after == i) {
                return FAIL;
            }
            i = after;
        }
        return i - from <= MAX_NUMBER && i < limit && delimiter(i) ? i : FAIL;
    }

    private int digits(int i) {
        while (i < limit && digit(bytes[i])) {
            i++;
        }
        return i;
    }

    private static boolean digit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** What may follow a scalar inside an object or array: white space, a comma or a closing bracket. */
    private boolean delimiter(int i) {
        byte b = bytes[i];
        return b == ',' || b == '}' || b == ']' || JsonlChunker.isSpace(b);
    }

    /** Skips JSON white space from {@code i}, counting lines as Jackson does (LF, CR, or CR LF). */
    private int space(int i) {
        while (i < limit) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t') {
                i++;
            } else if (b == '\n') {
                line++;
                i++;
            } else if (b == '\r') {
                line++;
                i += i + 1 < limit && bytes[i + 1] == '\n' ? 2 : 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** The char of the JSON escape at {@code bytes[i]} (a backslash), or -1 when it is not one. */
    private int escape(int i) {
        if (i + 1 >= limit) {
            return FAIL;
        }
        return switch (bytes[i + 1]) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case '"', '\\', '/' -> bytes[i + 1];
            case 'u' -> i + 5 < limit ? hex4(i + 2) : FAIL;
            default -> FAIL;
        };
    }

    private int hex4(int i) {
        int value = 0;
        for (int k = i; k < i + 4; k++) {
            int b = bytes[k];
            int digit = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10
                    : b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
            if (digit < 0) {
                return FAIL;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** The code point of the strictly well-formed UTF-8 sequence at {@code bytes[i] >= 0x80}, or -1. */
    private int codePoint(int i) {
        int b = bytes[i] & 0xff;
        int n = utf8Length(b);
        if (n == 0 || i + n >= limit) {
            return FAIL;
        }
        int second = bytes[i + 1] & 0xff;
        int low = b == 0xe0 ? 0xa0 : b == 0xf0 ? 0x90 : 0x80;
        int high = b == 0xed ? 0x9f : b == 0xf4 ? 0x8f : 0xbf;
        if (second < low || second > high) {
            return FAIL;
        }
        int codePoint = b & (0x7f >> n);
        for (int k = 1; k < n; k++) {
            int c = bytes[i + k] & 0xff;
            if ((c & 0xc0) != 0x80) {
                return FAIL;
            }
            codePoint = codePoint << 6 | c & 0x3f;
        }
        return codePoint;
    }

    /** Bytes of the UTF-8 sequence that {@code lead} starts, or 0 when it cannot start one strictly. */
    private static int utf8Length(int lead) {
        return lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    }
}
