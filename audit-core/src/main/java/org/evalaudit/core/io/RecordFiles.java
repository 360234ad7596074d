package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Streams the records of a JSON Lines, JSON array, CSV or TSV file, plain or compressed, or of a Parquet
 * file ({@link ParquetRecords}), as JSON objects,
 * so that every reader maps fields the same way whatever the layout. CSV cells are strings and an empty
 * cell is JSON null. A record that cannot be parsed goes to the {@link SkipLog}; damage that makes the rest
 * of the file unreadable (an unterminated CSV quote, broken JSON inside an array) stops the read.
 */
final class RecordFiles {
    /** Receives one record with its 1-based line; throws {@link InputError} to reject it. */
    @FunctionalInterface
    interface RecordVisitor {
        void accept(long line, ObjectNode record);
    }

    /** How records are laid out in a file. */
    enum Layout { JSON_LINES, JSON_ARRAY, CSV, TSV }

    private static final int SNIFF_LIMIT = 1 << 12;
    /** Chars a CSV file's first row may take, so that it can be read again once its role is known. */
    private static final int FIRST_ROW_CHARS = 1 << 20;

    private RecordFiles() {
    }

    /**
     * Visits every record; returns how many were accepted. Layout by extension ({@code .csv}, {@code .tsv},
     * {@code .jsonl}, {@code .ndjson}, {@code .parquet}); for {@code .json} and anything else a leading {@code [} means a JSON
     * array and anything else JSON Lines.
     */
    static long forEach(Path file, SkipLog skips, RecordVisitor visitor) {
        if ("parquet".equals(InputFiles.extension(file))) {
            return ParquetRecords.forEach(file, skips, visitor);
        }
        try (InputStream in = new BufferedInputStream(CompressedInput.open(file), 1 << 16)) {
            return switch (layout(file, in)) {
                case JSON_LINES -> jsonLines(file, in, skips, visitor);
                case JSON_ARRAY -> jsonArray(file, in, skips, visitor);
                case CSV -> csv(file, in, ',', skips, visitor);
                case TSV -> csv(file, in, '\t', skips, visitor);
            };
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    /** The first record of the file that parses, or null when there is none. */
    static ObjectNode firstRecord(Path file) {
        ObjectNode[] first = new ObjectNode[1];
        try {
            forEach(file, new SkipLog(ErrorPolicy.SKIP), (line, record) -> {
                first[0] = record;
                throw FirstFound.INSTANCE;
            });
        } catch (FirstFound found) {
            return first[0];
        }
        return null;
    }

    private static Layout layout(Path file, InputStream in) throws IOException {
        switch (InputFiles.extension(file)) {
            case "csv":
                return Layout.CSV;
            case "tsv":
            case "tab":
                return Layout.TSV;
            case "jsonl":
            case "ndjson":
                return Layout.JSON_LINES;
            default:
                return firstSignificantByte(in) == '[' ? Layout.JSON_ARRAY : Layout.JSON_LINES;
        }
    }

    /** The first byte that is not whitespace or a byte-order mark, without consuming it; -1 if none. */
    static int firstSignificantByte(InputStream in) throws IOException {
        in.mark(SNIFF_LIMIT);
        try {
            for (int i = 0; i < SNIFF_LIMIT; i++) {
                int b = in.read();
                if (b < 0 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }

    private static long jsonLines(Path file, InputStream in, SkipLog skips, RecordVisitor visitor)
            throws IOException {
        JsonLines lines = new JsonLines(in);
        long accepted = 0;
        while (lines.next()) {
            if (lines.isBlank()) {
                continue;
            }
            long line = lines.lineNumber();
            JsonNode node;
            try {
                node = Json.LINE_READER.readTree(lines.buffer(), lines.start(), lines.length());
            } catch (JsonProcessingException e) {
                skips.skip(new InputError(file, line, null, "expected a JSON object, got invalid JSON: "
                        + Json.problem(e), e));
                continue;
            }
            accepted += visit(file, line, node, skips, visitor);
        }
        return accepted;
    }

    private static long jsonArray(Path file, InputStream in, SkipLog skips, RecordVisitor visitor)
            throws IOException {
        try (JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InputError(file, 1, null, "expected a JSON array of records or JSON Lines");
            }
            long accepted = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                accepted += visit(file, line, parser.readValueAsTree(), skips, visitor);
            }
            return accepted;
        } catch (JsonProcessingException e) {
            throw Json.invalid(file, e);
        }
    }

    private static int visit(Path file, long line, JsonNode node, SkipLog skips, RecordVisitor visitor) {
        try {
            if (!(node instanceof ObjectNode)) {
                throw new InputError(file, line, null, "expected a JSON object, got " + Json.describe(node));
            }
            visitor.accept(line, (ObjectNode) node);
            return 1;
        } catch (InputError e) {
            skips.skip(e);
            return 0;
        }
    }

    private static long csv(Path file, InputStream in, char delimiter, SkipLog skips, RecordVisitor visitor)
            throws IOException {
        BufferedReader reader = new BufferedReader(withoutBom(in), 1 << 16);
        reader.mark(FIRST_ROW_CHARS);
        List<String> headerless;
        try (CSVParser firstRow = CSVParser.builder().setReader(new UnclosedReader(reader))
                .setFormat(CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get()).get()) {
            Iterator<CSVRecord> rows = firstRow.iterator();
            headerless = rows.hasNext() ? HeaderlessCsv.names(rows.next()) : null;
        } catch (UncheckedIOException e) {
            headerless = null;
        }
        try {
            reader.reset();
        } catch (IOException e) {
            throw new InputError(file, 1, null, "expected a first CSV row under " + FIRST_ROW_CHARS + " chars", e);
        }
        CSVFormat.Builder builder = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY);
        CSVFormat format = headerless != null ? builder.setHeader(headerless.toArray(String[]::new)).get()
                : builder.setHeader().setSkipHeaderRecord(true).get();
        CSVParser csv;
        try {
            csv = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IllegalArgumentException e) {
            String problem = String.valueOf(e.getMessage()).split("\\. ")[0];
            throw new InputError(file, 1, null, "expected a CSV header row of distinct names, got: " + problem, e);
        }
        try (CSVParser parser = csv) {
            List<String> header = parser.getHeaderNames();
            Iterator<CSVRecord> records = parser.iterator();
            long accepted = 0;
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return accepted;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw new InputError(file, line, null, "expected well-formed CSV, got "
                            + e.getCause().getMessage(), e);
                }
                accepted += visitCsv(file, line, header, record, skips, visitor);
            }
        }
    }

    private static int visitCsv(Path file, long line, List<String> header, CSVRecord record, SkipLog skips,
                                RecordVisitor visitor) {
        try {
            if (record.size() != header.size()) {
                throw new InputError(file, line, null,
                        "expected " + header.size() + " columns as in the header, got " + record.size());
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (name == null || name.isEmpty()) {
                    continue;
                }
                String value = record.get(i);
                if (value.isEmpty()) {
                    node.putNull(name);
                } else {
                    node.put(name, value);
                }
            }
            visitor.accept(line, node);
            return 1;
        } catch (InputError e) {
            skips.skip(e);
            return 0;
        }
    }

    /** A reader whose close does nothing: the first-row peek must not close the file. */
    private static final class UnclosedReader extends FilterReader {
        UnclosedReader(Reader in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }

    private static Reader withoutBom(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Stops {@link #firstRecord} after one record, without a stack trace. */
    private static final class FirstFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final FirstFound INSTANCE = new FirstFound();

        private FirstFound() {
            super(null, null, false, false);
        }
    }
}
