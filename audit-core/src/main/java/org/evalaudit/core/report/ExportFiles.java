package org.evalaudit.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.io.InputError;

/**
 * Writes a {@link Table} as a {@code .csv} or {@code .jsonl} file (the extension picks the format) and
 * reads such a file back. CSV: RFC 4180 quoting, "\n" record separator, a header row, cells as exact
 * text ({@link Cells#text}: lists joined with ";", null as empty). JSONL: one compact JSON object per
 * row, column names as keys in column order, lists as arrays, "\n" after every row.
 */
final class ExportFiles {
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private ExportFiles() {
    }

    /** Whether the file name has an extension this class writes. */
    static boolean supports(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".jsonl");
    }

    static void write(String fileName, Table table, OutputStream out) throws IOException {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            writeCsv(table, out);
        } else if (fileName.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
            writeJsonl(table, out);
        } else {
            throw new IllegalArgumentException("export " + fileName + ": unsupported extension, use .csv or .jsonl");
        }
    }

    static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(table.columns());
        List<String> cells = new ArrayList<>(table.columns().size());
        for (List<Object> row : table.rows()) {
            cells.clear();
            for (Object cell : row) {
                cells.add(Cells.text(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static void writeJsonl(Table table, OutputStream out) throws IOException {
        try (JsonGenerator gen = JsonCells.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.setRootValueSeparator(null);
            List<String> columns = table.columns();
            for (List<Object> row : table.rows()) {
                gen.writeStartObject();
                for (int c = 0; c < columns.size(); c++) {
                    gen.writeFieldName(columns.get(c));
                    JsonCells.write(gen, row.get(c));
                }
                gen.writeEndObject();
                gen.writeRaw('\n');
            }
        }
    }

    /**
     * Reads an export back. CSV cells come back as strings (their exact text), so writing them again
     * gives the same bytes; JSONL cells come back typed as {@link JsonCells#read} gives them.
     */
    static Table read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return readCsv(file);
        }
        if (name.endsWith(".jsonl")) {
            return readJsonl(file);
        }
        throw new InputError(file, 0, null, "unsupported export extension, expected .csv or .jsonl");
    }

    private static Table readCsv(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSV)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return Table.empty();
            }
            List<String> columns = records.next().toList();
            List<List<Object>> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != columns.size()) {
                    throw new InputError(file, record.getRecordNumber(), null,
                            "expected " + columns.size() + " cells like the header, got " + record.size());
                }
                rows.add(new ArrayList<>(record.toList()));
            }
            return new Table(columns, rows);
        }
    }

    private static Table readJsonl(Path file) throws IOException {
        List<String> columns = null;
        List<List<Object>> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                JsonNode node = parseLine(file, line, text);
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                        columns.add(names.next());
                    }
                }
                if (node.size() != columns.size()) {
                    throw new InputError(file, line, null, "expected the keys of line 1 " + columns);
                }
                List<Object> row = new ArrayList<>(columns.size());
                for (String column : columns) {
                    if (!node.has(column)) {
                        throw new InputError(file, line, column, "missing; every line needs the keys of line 1");
                    }
                    row.add(JsonCells.read(node.get(column)));
                }
                rows.add(row);
            }
        }
        return columns == null ? Table.empty() : new Table(columns, rows);
    }

    private static JsonNode parseLine(Path file, long line, String text) {
        try {
            JsonNode node = JsonCells.MAPPER.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InputError(file, line, null, "expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputError(file, line, null, "not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
