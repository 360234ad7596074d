package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The one Jackson mapper of the readers (created once: mappers are costly) and scalar helpers. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reads one JSON Lines record; text after the value ({@code {..}{..}}) is an error. */
    static final ObjectReader LINE_READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final int SHOWN_CHARS = 60;
    /**
     * Jackson's location notes, such as "(start marker at [Source: REDACTED ...; line: 1, column: 1])": they
     * count lines within the text handed to Jackson (one JSON Lines record), not the file's, and name no
     * source; the {@link InputError} names the file and its line.
     */
    private static final Pattern LOCATION = Pattern.compile("\\s*\\((?:start marker at )?\\[Source: [^\\]]*\\]\\)"
            + "|\\s*(?:at )?\\[Source: [^\\]]*\\]");

    private Json() {
    }

    /** Whether the node is missing or JSON null. */
    static boolean isAbsent(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull();
    }

    /** The text of a string, number or boolean; null when absent; an InputError for a list or an object. */
    static String text(Path file, long line, String field, JsonNode node) {
        if (isAbsent(node)) {
            return null;
        }
        if (node.isContainerNode()) {
            throw new InputError(file, line, field, "expected a string or a number, got " + describe(node));
        }
        return node.asText();
    }

    /** A short description of a value for "expected ..., got ..." messages. */
    static String describe(JsonNode node) {
        if (isAbsent(node)) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return "\"" + (text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) + "..." : text) + "\"";
        }
        return node.asText();
    }

    /**
     * The field names of the JSON object {@code file} starts with, in order, values skipped unread, up to and
     * including the first name in {@code stopAt} (so a large log is not read to its end); empty when the file
     * does not start with a JSON object or cannot be parsed. For format detection only.
     */
    static Set<String> topLevelFields(Path file, Set<String> stopAt) {
        Set<String> names = new LinkedHashSet<>();
        try (InputStream in = CompressedInput.open(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return names;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                names.add(name);
                if (stopAt.contains(name)) {
                    break;
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** A file that is not valid JSON, at the line where Jackson stopped (0 when it gives none). */
    static InputError invalid(Path file, JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new InputError(file, line, null, "expected valid JSON, got " + problem(e), e);
    }

    /** Jackson's message without its source excerpt and location notes. */
    static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return LOCATION.matcher(newline < 0 ? message : message.substring(0, newline)).replaceAll("");
    }
}
