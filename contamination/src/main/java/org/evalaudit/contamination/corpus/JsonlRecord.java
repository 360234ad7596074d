package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.contamination.text.HashTokenizer;

/**
 * One JSON Lines record as {@link JsonlRecords} hands it to a scanner: where it comes from, and its text
 * still as the raw bytes of a JSON string (UTF-8, escapes undecoded), so that a scanner can hash its terms
 * without decoding it ({@link #hashTerms}) and decode only the rare record it must look at closely
 * ({@link #decode}). Reused from record to record: valid only during the visitor call.
 */
public final class JsonlRecord {
    final Path file;
    private final JsonlReader reader;
    private JsonlChunk chunk;
    long offset;
    long line;
    String id;
    String url;
    /** Chars of the text copied into the reader's buffer, or -1. */
    int textLength;
    /** Index in the chunk of the text string's opening quote, or -1. */
    int textQuote;

    JsonlRecord(JsonlReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    void chunk(JsonlChunk chunk) {
        this.chunk = chunk;
    }

    /** Where the record comes from (its id is {@code file-name:line} when it has none). */
    public DocRef ref() {
        return new DocRef(file.toString(), offset, id == null ? file.getFileName() + ":" + line : id, url, 0);
    }

    /**
     * Hashes the terms of the text straight from its bytes, as {@link CanonicalTokenizer} would from the
     * decoded chars: ASCII runs through {@link HashTokenizer#pushAscii}, each escape and multi-byte char
     * decoded on its own (Jackson has validated the string: well-formed UTF-8, valid escapes, a closing
     * quote). Calls neither {@code reset} nor {@code end}.
     *
     * @return the text's length in chars, or -1 as soon as the text must be scanned from its decoded chars
     *     instead: when it is longer than one window ({@link CorpusFormat#windowChars()}), so scanned in
     *     windows, or when it has a char that the hash tokenizer leaves to {@link CanonicalTokenizer}
     */
    public int hashTerms(HashTokenizer tokenizer) {
        int maxChars = reader.format().windowChars();
        byte[] bytes = chunk.bytes();
        int limit = chunk.length();
        int i = textQuote + 1;
        int chars = 0;
        while (true) {
            int stop = tokenizer.pushAscii(bytes, i, (int) Math.min(limit, (long) i + maxChars + 1 - chars));
            chars += stop - i;
            i = stop;
            if (chars > maxChars) {
                return -1;
            }
            int b = bytes[i] & 0xff;
            if (b == '"') {
                return chars;
            }
            boolean taken;
            if (b == '\\') {
                taken = tokenizer.push(escape(bytes, i));
                i += bytes[i + 1] == 'u' ? 6 : 2;
            } else if (b < 0xe0) {
                taken = tokenizer.push((char) ((b & 0x1f) << 6 | bytes[i + 1] & 0x3f));
                i += 2;
            } else if (b < 0xf0) {
                taken = tokenizer.push((char) ((b & 0x0f) << 12 | (bytes[i + 1] & 0x3f) << 6 | bytes[i + 2] & 0x3f));
                i += 3;
            } else {
                taken = tokenizer.pushCodePoint((b & 0x07) << 18 | (bytes[i + 1] & 0x3f) << 12
                        | (bytes[i + 2] & 0x3f) << 6 | bytes[i + 3] & 0x3f);
                i += 4;
                chars++;
            }
            chars++;
            if (!taken || chars > maxChars) {
                return -1;
            }
        }
    }

    /** The char of the JSON escape at {@code bytes[i]} (a backslash). */
    private static char escape(byte[] bytes, int i) {
        return switch (bytes[i + 1]) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> (char) (hex(bytes[i + 2]) << 12 | hex(bytes[i + 3]) << 8 | hex(bytes[i + 4]) << 4 | hex(bytes[i + 5]));
            default -> (char) bytes[i + 1]; // '"', '\\' and '/' stand for themselves
        };
    }

    private static int hex(byte digit) {
        return Character.digit(digit, 16);
    }

    /**
     * Decodes the text with Jackson, exactly as {@link CorpusReader#read} does, and hands it to
     * {@code visitor} whole or in windows ({@link Windows}).
     */
    public void decode(DocumentVisitor visitor) throws IOException {
        int start = (int) (offset - chunk.offset());
        try (JsonParser parser = JsonlReader.JSON.createParser(chunk.bytes(), start, chunk.length() - start)) {
            parser.nextToken();
            reader.readRecord(parser, line, offset, true, this);
        }
        Windows.emit(ref(), reader.text(), 0, textLength, reader.format(), visitor);
    }
}
