package org.evalaudit.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place where table cells meet JSON, shared by {@code report.json}, {@code .jsonl} exports and
 * {@link ReportReader}, so that writing and reading agree. Integers are written without a decimal
 * point and read back as {@code Long}; doubles are written by Jackson's Schubfach writer (the shortest
 * decimal that reads back to the same double, identical on every JDK) and read back as {@code Double};
 * NaN and infinities become null. Hence JSON -> cells -> JSON gives the same bytes.
 */
final class JsonCells {
    /** Jackson factory with the reproducible double writer. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    /** Mapper for reading trees back. */
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private JsonCells() {
    }

    static void write(JsonGenerator gen, Object cell) throws IOException {
        if (cell == null) {
            gen.writeNull();
        } else if (cell instanceof String s) {
            gen.writeString(s);
        } else if (cell instanceof Boolean b) {
            gen.writeBoolean(b);
        } else if (cell instanceof BigInteger big) {
            gen.writeNumber(big);
        } else if (Cells.isIntegral(cell)) {
            gen.writeNumber(((Number) cell).longValue());
        } else if (cell instanceof Number n) {
            writeDouble(gen, n.doubleValue());
        } else if (cell instanceof List<?> list) {
            gen.writeStartArray();
            for (Object element : list) {
                write(gen, element);
            }
            gen.writeEndArray();
        } else {
            gen.writeString(cell.toString());
        }
    }

    /** A double, or null when it is NaN or infinite (JSON has no such numbers). */
    static void writeDouble(JsonGenerator gen, Double value) throws IOException {
        if (value == null || !Double.isFinite(value)) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.doubleValue());
        }
    }

    /** The cell a JSON value stands for; the inverse of {@link #write}. */
    static Object read(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(read(element)));
            return Collections.unmodifiableList(list);
        }
        return node.toString();
    }
}
