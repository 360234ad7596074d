package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.InputError;

/**
 * Parquet through DuckDB's JDBC driver ({@code org.duckdb:duckdb_jdbc}), looked up by JDBC URL at run
 * time: the rest of the module needs no DuckDB, and without the driver a Parquet corpus fails with a
 * clear message. Results stream ({@code jdbc_stream_results}), so memory holds one row group's batch.
 * Offset = row number.
 */
final class ParquetReader {
    private final CorpusFormat format;

    ParquetReader(CorpusFormat format) {
        this.format = format;
    }

    void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        try (Connection connection = connect(file, properties); Statement statement = connection.createStatement()) {
            String path = file.toAbsolutePath().toString().replace("'", "''");
            try (ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + path + "')")) {
                ResultSetMetaData meta = rows.getMetaData();
                int textColumn = column(meta, format.textField(), "text", "content");
                if (textColumn < 0) {
                    throw new InputError(file, 0, format.textField() == null ? "text" : format.textField(),
                            "no such column (columns: " + columns(meta) + "); use --text-field");
                }
                int idColumn = column(meta, format.idField(), "id");
                int urlColumn = column(meta, format.urlField(), "url");
                long row = 0;
                while (rows.next()) {
                    String text = rows.getString(textColumn);
                    if (text == null) {
                        // as for JSON Lines: a document without text is an error, never silently dropped
                        throw new InputError(file, row + 1, meta.getColumnName(textColumn),
                                "expected the document text, got null (row " + (row + 1) + ")");
                    }
                    String id = idColumn > 0 ? rows.getString(idColumn) : null;
                    String url = urlColumn > 0 ? rows.getString(urlColumn) : null;
                    char[] chars = text.toCharArray();
                    Windows.emit(new DocRef(file.toString(), row, id == null ? file.getFileName() + ":" + row : id, url, 0),
                            chars, 0, chars.length, format, visitor);
                    row++;
                }
            }
        } catch (SQLException e) {
            throw new InputError(file, 0, null, "cannot read Parquet: " + e.getMessage(), e);
        }
        progress.accept(Files.size(file));
    }

    private static Connection connect(Path file, Properties properties) throws SQLException {
        try {
            return DriverManager.getConnection("jdbc:duckdb:", properties);
        } catch (SQLException e) {
            throw new InputError(file, 0, null, "reading Parquet needs DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) "
                    + "on the class path; build the CLI with `mvn -B -Pparquet -DskipTests package`: " + e.getMessage(), e);
        }
    }

    private static int column(ResultSetMetaData meta, String configured, String... defaults) throws SQLException {
        String[] wanted = configured != null ? new String[] {configured} : defaults;
        for (String name : wanted) {
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                if (meta.getColumnName(c).equals(name)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static String columns(ResultSetMetaData meta) throws SQLException {
        StringBuilder s = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            s.append(c > 1 ? ", " : "").append(meta.getColumnName(c));
        }
        return s.toString();
    }
}
