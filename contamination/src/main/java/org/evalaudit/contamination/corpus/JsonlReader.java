package org.evalaudit.contamination.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.InputError;

/**
 * JSON Lines (plain, gzip or zstd), or one JSON array of objects, with Jackson's streaming parser (a
 * record's offset is its byte offset in the decompressed stream): the text field is copied once from
 * the parser's buffer into a reused array, so no String is made for the text. A record without the text
 * field, or a line that is not a JSON object, is an {@link InputError} naming file, line and field.
 * {@link JsonlRecords} reads records with the same {@link #readRecord} from chunks of a file.
 */
final class JsonlReader {
    static final JsonFactory JSON = JsonFactory.builder().build();

    private final CorpusFormat format;
    private char[] text = new char[1 << 16];

    JsonlReader(CorpusFormat format) {
        this.format = format;
    }

    void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        JsonlRecord record = new JsonlRecord(this, file);
        try (InputStream in = Compression.open(file, progress); JsonParser parser = JSON.createParser(in)) {
            JsonToken token = next(parser, file, 1);
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = next(parser, file, 1);
            }
            for (; token != null && !(array && token == JsonToken.END_ARRAY); token = next(parser, file, 1)) {
                readRecord(parser, 1, 0, true, record);
                Windows.emit(record.ref(), text, 0, record.textLength, format, visitor);
            }
        }
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
                        record.textQuote = (int) parser.currentTokenLocation().getByteOffset();
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
