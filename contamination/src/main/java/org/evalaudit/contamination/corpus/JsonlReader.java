package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;

/**
 * JSON Lines (plain, gzip or zstd), or one JSON array of objects, with Jackson's streaming parser (a
 * record's offset is its byte offset in the decompressed stream): the text field is copied once from
 * the parser's buffer into a reused array, so no String is made for the text. A record without the text
 * field, or a line that is not a JSON object, is an {@link InputError} naming file, line and field, which
 * {@link BadRecords} throws or skips. {@link JsonlRecords} reads records with the same {@link #readChunk}.
 */
final class JsonlReader {
    static final JsonFactory JSON = JsonFactory.builder().build();

    private final CorpusFormat format;
    private char[] text = new char[1 << 16];

    JsonlReader(CorpusFormat format) {
        this.format = format;
    }

    /**
     * Streams the documents of {@code file}. A JSON Lines file is cut into chunks ({@link JsonlChunker}) and
     * read with {@link #readChunk}, so that a bad record can be skipped; a file holding one JSON array is
     * read as one stream, in which nothing after a bad record can be trusted, so a bad record always fails.
     */
    void read(Path file, DocumentVisitor visitor, LongConsumer progress, BadRecords bad) throws IOException {
        JsonlRecord record = new JsonlRecord(this, file);
        if (JsonlChunker.applies(file)) {
            JsonlRecords.Visitor emit = r -> Windows.emit(r.ref(), text, 0, r.textLength, format, visitor);
            try {
                JsonlChunker.cut(file, chunk -> {
                    record.chunk(chunk);
                    try {
                        readChunk(chunk, 0, true, record, bad, emit);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, progress);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return;
        }
        try (InputStream in = Compression.open(file, progress); JsonParser parser = JSON.createParser(in)) {
            next(parser, file, 1); // the array's start
            for (JsonToken token = next(parser, file, 1); token != null && token != JsonToken.END_ARRAY;
                 token = next(parser, file, 1)) {
                readRecord(parser, 1, 0, true, record);
                Windows.emit(record.ref(), text, 0, record.textLength, format, visitor);
            }
        } catch (InputError e) {
            throw bad.policy() == ErrorPolicy.SKIP ? new InputError(file, e.line(), e.field(), e.problem()
                    + " (a record inside a JSON array cannot be skipped: write the file as JSON Lines)", e) : e;
        }
    }

    /**
     * Reads the records of {@code chunk} with Jackson, handing to {@code visitor} those after the first
     * {@code skip} (which {@link JsonlWalker} handed on already). A bad record goes to {@code bad}: under
     * FAIL it is thrown, worded as {@link CorpusReader#read} words it; under SKIP reading resumes on the next
     * line, so in JSON Lines exactly the bad line is lost (with any other record on the same line).
     *
     * @param copy whether to copy each text into {@link #text()}, or only locate it (for the scanner)
     */
    void readChunk(JsonlChunk chunk, int skip, boolean copy, JsonlRecord record, BadRecords bad,
                   JsonlRecords.Visitor visitor) throws IOException {
        byte[] bytes = chunk.bytes();
        int from = 0;
        long line = chunk.firstLine();
        int toSkip = skip;
        while (from < chunk.length()) {
            int next = from; // where the next record starts, white space aside
            InputError error;
            try (JsonParser parser = JSON.createParser(bytes, from, chunk.length() - from)) {
                for (JsonToken token = next(parser, chunk.file(), line); token != null;
                     token = next(parser, chunk.file(), line)) {
                    readRecord(parser, line, chunk.offset() + from, copy, record);
                    if (toSkip > 0) {
                        toSkip--;
                    } else {
                        visitor.record(record);
                    }
                    next = from + (int) parser.currentLocation().getByteOffset();
                }
                return;
            } catch (InputError e) {
                error = e;
            }
            int start = firstNonSpace(bytes, next, chunk.length());
            long startLine = line + JsonlChunker.lines(bytes, from, start);
            bad.skip(copy ? error : decodingError(chunk, start, startLine, error));
            from = nextLine(bytes, start, chunk.length());
            line = startLine + JsonlChunker.lines(bytes, start, from);
        }
    }

    /**
     * The error {@link CorpusReader#read} gives for the bad record at {@code bytes[start]}: skipping a
     * string, Jackson words a few problems (a surrogate or an overlong form in UTF-8) differently than
     * decoding it, so the record is read again decoding its text.
     */
    private InputError decodingError(JsonlChunk chunk, int start, long startLine, InputError skipping)
            throws IOException {
        JsonlRecord record = new JsonlRecord(this, chunk.file());
        try (JsonParser parser = JSON.createParser(chunk.bytes(), start, chunk.length() - start)) {
            if (next(parser, chunk.file(), startLine) != null) {
                readRecord(parser, startLine, chunk.offset() + start, true, record);
            }
        } catch (InputError decoding) {
            return decoding;
        }
        return skipping;
    }

    private static int firstNonSpace(byte[] bytes, int from, int limit) {
        int p = from;
        while (p < limit && JsonlChunker.isSpace(bytes[p])) {
            p++;
        }
        return p;
    }

    /**
     * Where the first non-blank line after the one holding {@code bytes[from]} starts, white space aside:
     * every later line is read, so each bad line is counted (a pretty-printed bad record once per line).
     */
    private static int nextLine(byte[] bytes, int from, int limit) {
        int p = from;
        while (p < limit && bytes[p] != '\n' && bytes[p] != '\r') {
            p++;
        }
        return firstNonSpace(bytes, p, limit);
    }

    /**
     * Reads the record whose first token the parser is at into {@code record}: offset, line, id, url, and
     * the text field, which is copied into {@link #text} when {@code copy}, else only located (the index of
     * its opening quote in the parser's input), so that a scanner can tokenize its bytes; the parser then
     * skips the string, still validating it. A token that does not start an object, a record without the
     * text field or malformed JSON is an {@link InputError} naming the file line.
     *
     * @param firstLine line number in the file of the parser's first line
     * @param firstOffset byte offset in the (decompressed) file of the parser's first byte
     */
    void readRecord(JsonParser parser, long firstLine, long firstOffset, boolean copy, JsonlRecord record)
            throws IOException {
        Path file = record.file;
        long line = firstLine - 1 + parser.currentTokenLocation().getLineNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InputError(file, line, null, "expected one JSON object per line, got " + parser.currentToken());
        }
        record.offset = firstOffset + parser.currentTokenLocation().getByteOffset();
        record.line = line;
        record.id = null;
        record.url = null;
        record.textLength = -1;
        record.textQuote = -1;
        int rank = Integer.MAX_VALUE;
        JsonToken token;
        try {
            while ((token = next(parser, file, firstLine)) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = next(parser, file, firstLine);
                int textRank = textRank(name);
                if (value == JsonToken.VALUE_STRING && textRank < rank) {
                    rank = textRank;
                    if (copy) {
                        record.textLength = copyText(parser, file, firstLine, name);
                    } else {
                        record.textQuote = record.chunkIndex(firstOffset)
                                + (int) parser.currentTokenLocation().getByteOffset();
                    }
                } else {
                    readOther(parser, file, firstLine, name, value, record);
                }
            }
        } catch (InputError e) {
            // Jackson notices a damaged record where it stops making sense, often on the next record's line
            throw e.line() > line ? new InputError(file, e.line(), e.field(), e.problem()
                    + " (in the record that starts on line " + line + ")", e.getCause()) : e;
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputError(file, line, null, "unterminated JSON object");
        }
        if (rank == Integer.MAX_VALUE) {
            throw new InputError(file, line, format.textField() == null ? "text" : format.textField(),
                    format.textField() == null ? "no string field \"text\" or \"content\" (use --text-field)"
                            : "missing or not a string");
        }
    }

    /**
     * The id or url value of field {@code name}, or skips the value; malformed JSON in it (a nested value,
     * or the string decoded) is an {@link InputError} naming line and field.
     */
    private void readOther(JsonParser parser, Path file, long firstLine, String name, JsonToken value, JsonlRecord record)
            throws IOException {
        try {
            if (value.isScalarValue() && name.equals(format.idField() == null ? "id" : format.idField())) {
                record.id = parser.getValueAsString();
            } else if (value.isScalarValue() && name.equals(format.urlField() == null ? "url" : format.urlField())) {
                record.url = parser.getValueAsString();
            } else {
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            throw invalid(e, file, firstLine, name);
        }
    }

    static JsonToken next(JsonParser parser, Path file, long firstLine) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw invalid(e, file, firstLine, null);
        }
    }

    private static InputError invalid(JsonProcessingException e, Path file, long firstLine, String field) {
        return new InputError(file, e.getLocation() == null ? 0 : firstLine - 1 + e.getLocation().getLineNr(), field,
                "invalid JSON: " + e.getOriginalMessage(), e);
    }

    /** The text copied by the last {@link #readRecord} with {@code copy}. */
    char[] text() {
        return text;
    }

    CorpusFormat format() {
        return format;
    }

    /** 0 for the configured text field; without one, "text" beats "content"; others never match. */
    private int textRank(String name) {
        if (format.textField() != null) {
            return name.equals(format.textField()) ? 0 : Integer.MAX_VALUE;
        }
        return name.equals("text") ? 0 : name.equals("content") ? 1 : Integer.MAX_VALUE;
    }

    /** Copies the current string; malformed UTF-8 in it is an {@link InputError} naming line and field. */
    private int copyText(JsonParser parser, Path file, long firstLine, String field) throws IOException {
        char[] chars;
        try {
            chars = parser.getTextCharacters();
        } catch (JsonProcessingException e) {
            throw invalid(e, file, firstLine, field);
        }
        int length = parser.getTextLength();
        if (length > text.length) {
            text = Arrays.copyOf(text, Math.max(length, text.length * 2));
        }
        System.arraycopy(chars, parser.getTextOffset(), text, 0, length);
        return length;
    }
}
