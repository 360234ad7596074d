package org.evalaudit.core.io;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Streams the rows of a Parquet file through DuckDB's JDBC driver ({@code org.duckdb:duckdb_jdbc}), looked
 * up by JDBC URL at run time: nothing else needs DuckDB (80 MB of native code), so it is an opt-in
 * dependency, and without it a Parquet input fails with a message saying how to add it. Results stream
 * ({@code jdbc_stream_results}), so memory holds one batch of rows whatever the file size. Rows are
 * numbered from 1 and stand in for line numbers in {@link InputError}s.
 */
public final class ParquetRows {
    /** Receives each row, positioned on it; a thrown {@link InputError} propagates unchanged. */
    @FunctionalInterface
    public interface RowVisitor {
        void accept(long row, ResultSet rows, ResultSetMetaData columns) throws SQLException;
    }

    private ParquetRows() {
    }

    /** Visits every row of {@code file}; returns the number of rows. */
    public static long forEach(Path file, RowVisitor visitor) {
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        String path = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection connection = connect(file, properties); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + path + "')")) {
            ResultSetMetaData columns = rows.getMetaData();
            long row = 0;
            while (rows.next()) {
                visitor.accept(++row, rows, columns);
            }
            return row;
        } catch (SQLException e) {
            throw new InputError(file, 0, null, "expected a readable Parquet file, got: " + e.getMessage(), e);
        }
    }

    /** The 1-based index of the first of {@code names} that is a column, or -1. */
    public static int column(ResultSetMetaData columns, String... names) throws SQLException {
        for (String name : names) {
            for (int c = 1; c <= columns.getColumnCount(); c++) {
                if (columns.getColumnName(c).equals(name)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The column names, comma-separated, for error messages. */
    public static String columnNames(ResultSetMetaData columns) throws SQLException {
        StringBuilder s = new StringBuilder();
        for (int c = 1; c <= columns.getColumnCount(); c++) {
            s.append(c > 1 ? ", " : "").append(columns.getColumnName(c));
        }
        return s.toString();
    }

    private static Connection connect(Path file, Properties properties) {
        try {
            return DriverManager.getConnection("jdbc:duckdb:", properties);
        } catch (SQLException e) {
            throw new InputError(file, 0, null, "reading Parquet needs DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) "
                    + "on the class path; build the CLI with `mvn -B -Pparquet -DskipTests package`: " + e.getMessage(), e);
        }
    }
}
