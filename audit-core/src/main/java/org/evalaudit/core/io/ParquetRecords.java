package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Map;

/**
 * The rows of a Parquet file as JSON objects, so that benchmarks and results in Parquet (the layout of
 * most Hugging Face datasets) go through the same field mapping as JSON Lines and CSV. Scalars keep their
 * type (an integer {@code answer} stays an index), lists become arrays, maps and structs objects, other
 * values (dates, timestamps) their text.
 */
final class ParquetRecords {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParquetRecords() {
    }

    static long forEach(Path file, SkipLog skips, RecordFiles.RecordVisitor visitor) {
        long[] accepted = {0};
        ParquetRows.forEach(file, (row, rows, columns) -> {
            ObjectNode record = NODES.objectNode();
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                record.set(columns.getColumnName(c), node(rows.getObject(c)));
            }
            try {
                visitor.accept(row, record);
                accepted[0]++;
            } catch (InputError e) {
                skips.skip(e);
            }
        });
        return accepted[0];
    }

    static JsonNode node(Object value) throws SQLException {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return NODES.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Array array) {
            ArrayNode out = NODES.arrayNode();
            for (Object element : (Object[]) array.getArray()) {
                out.add(node(element));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.set(String.valueOf(e.getKey()), node(e.getValue()));
            }
            return out;
        }
        return NODES.textNode(value.toString());
    }
}
