package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.ParquetRows;

/**
 * Parquet corpora through {@link ParquetRows} (DuckDB's JDBC driver, found at run time; streaming, so
 * memory holds one batch of rows). Offset = row number from 0; errors name the row from 1, as a line.
 */
final class ParquetReader {
    private final CorpusFormat format;

    ParquetReader(CorpusFormat format) {
        this.format = format;
    }

    void read(Path file, DocumentVisitor visitor, LongConsumer progress, BadRecords bad) throws IOException {
        int[][] found = {null};
        ParquetRows.forEach(file, (row, rows, meta) -> {
            if (found[0] == null) {
                found[0] = columns(file, meta);
            }
            int textColumn = found[0][0];
            String text = rows.getString(textColumn);
            if (text == null) {
                // as for JSON Lines: a document without text is a bad record, never silently dropped
                bad.skip(new InputError(file, row, meta.getColumnName(textColumn),
                        "expected the document text, got null (row " + row + ")"));
                return;
            }
            String id = found[0][1] > 0 ? rows.getString(found[0][1]) : null;
            String url = found[0][2] > 0 ? rows.getString(found[0][2]) : null;
            char[] chars = text.toCharArray();
            long offset = row - 1;
            Windows.emit(new DocRef(file.toString(), offset, id == null ? file.getFileName() + ":" + offset : id, url, 0),
                    chars, 0, chars.length, format, visitor);
        });
        progress.accept(Files.size(file));
    }

    /** The text, id and url columns (1-based, -1 when absent); an error naming the columns without text. */
    private int[] columns(Path file, ResultSetMetaData meta) throws SQLException {
        int text = format.textField() != null ? ParquetRows.column(meta, format.textField())
                : ParquetRows.column(meta, "text", "content");
        if (text < 0) {
            throw new InputError(file, 0, format.textField() == null ? "text" : format.textField(),
                    "no such column (columns: " + ParquetRows.columnNames(meta) + "); use --text-field");
        }
        return new int[] {text, ParquetRows.column(meta, format.idField() == null ? "id" : format.idField()),
                ParquetRows.column(meta, format.urlField() == null ? "url" : format.urlField())};
    }
}
