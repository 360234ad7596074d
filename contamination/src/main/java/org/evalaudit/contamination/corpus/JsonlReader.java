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
 */
final class JsonlReader {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final CorpusFormat format;
    private char[] text = new char[1 << 16];

    JsonlReader(CorpusFormat format) {
        this.format = format;
    }

    void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        try (InputStream in = Compression.open(file, progress); JsonParser parser = JSON.createParser(in)) {
            JsonToken token = next(parser, file);
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = next(parser, file);
            }
            for (; token != null && !(array && token == JsonToken.END_ARRAY); token = next(parser, file)) {
                if (token != JsonToken.START_OBJECT) {
                    throw new InputError(file, parser.currentTokenLocation().getLineNr(), null,
                            "expected one JSON object per line, got " + token);
                }
                readRecord(file, parser, visitor);
            }
        }
    }

    private static JsonToken next(JsonParser parser, Path file) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw new InputError(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), null,
                    "invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void readRecord(Path file, JsonParser parser, DocumentVisitor visitor) throws IOException {
        long offset = parser.currentTokenLocation().getByteOffset();
        long line = parser.currentTokenLocation().getLineNr();
        String id = null;
        String url = null;
        int length = -1;
        int rank = Integer.MAX_VALUE;
        JsonToken token;
        while ((token = next(parser, file)) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = next(parser, file);
            int textRank = textRank(name);
            if (value == JsonToken.VALUE_STRING && textRank < rank) {
                rank = textRank;
                length = copyText(parser);
            } else if (value.isScalarValue() && name.equals(format.idField() == null ? "id" : format.idField())) {
                id = parser.getValueAsString();
            } else if (value.isScalarValue() && name.equals(format.urlField() == null ? "url" : format.urlField())) {
                url = parser.getValueAsString();
            } else {
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputError(file, line, null, "unterminated JSON object");
        }
        if (length < 0) {
            throw new InputError(file, line, format.textField() == null ? "text" : format.textField(),
                    format.textField() == null ? "no string field \"text\" or \"content\" (use --text-field)"
                            : "missing or not a string");
        }
        DocRef ref = new DocRef(file.toString(), offset, id == null ? file.getFileName() + ":" + line : id, url, 0);
        Windows.emit(ref, text, 0, length, format, visitor);
    }

    /** 0 for the configured text field; without one, "text" beats "content"; others never match. */
    private int textRank(String name) {
        if (format.textField() != null) {
            return name.equals(format.textField()) ? 0 : Integer.MAX_VALUE;
        }
        return name.equals("text") ? 0 : name.equals("content") ? 1 : Integer.MAX_VALUE;
    }

    private int copyText(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > text.length) {
            text = Arrays.copyOf(text, Math.max(length, text.length * 2));
        }
        System.arraycopy(parser.getTextCharacters(), parser.getTextOffset(), text, 0, length);
        return length;
    }
}
