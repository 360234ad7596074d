package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.io.FieldMapping.Field;

/**
 * One input record with the column of every {@link Field} resolved once by a {@link FieldMapping}, plus
 * where it came from, so that every value read from it can name file, line and column in an error.
 */
final class MappedRecord {
    private static final List<Field> OUTCOMES = List.of(Field.SCORE, Field.ANSWER, Field.RESPONSE,
            Field.PROBABILITIES, Field.LOG_PROBABILITIES);
    final Path file;
    final long line;
    final JsonNode record;
    private final String[] columns;
    private final FieldMapping mapping;

    MappedRecord(Path file, long line, JsonNode record, String[] columns, FieldMapping mapping) {
        this.file = file;
        this.line = line;
        this.record = record;
        this.columns = columns;
        this.mapping = mapping;
    }

    /** The column holding {@code field}, or null. */
    String column(Field field) {
        return columns[field.ordinal()];
    }

    /**
     * The value of {@code field}: null when no column holds it; an {@link InputError} when the record lacks
     * an overridden column (a misspelt override must not read as "all values absent").
     */
    JsonNode node(Field field) {
        String column = column(field);
        if (column == null) {
            return null;
        }
        JsonNode node = record.get(column);
        if (node == null) {
            throw new InputError(file, line, column, "expected this column (mapped as " + field.keys().get(0)
                    + "=" + String.join("|", mapping.override(field)) + "), got a record without it");
        }
        return node;
    }

    /** The text of {@code field}; null when absent. */
    String text(Field field) {
        return Json.text(file, line, column(field), node(field));
    }

    /** Whether some column holds what a model gave: a score, an answer, a response or choice probabilities. */
    boolean hasOutcome() {
        for (Field field : OUTCOMES) {
            if (column(field) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is the column of some field. */
    boolean isMapped(String name) {
        for (String column : columns) {
            if (name.equals(column)) {
                return true;
            }
        }
        return false;
    }

    /** An error about {@code field}, named by its column when it has one. */
    InputError error(Field field, String problem) {
        String column = column(field);
        return new InputError(file, line, column != null ? column : field.keys().get(0), problem);
    }
}
