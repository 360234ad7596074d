package org.evalaudit.core.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small rectangular table of evidence. Cells are String, Number, Boolean, null, or a List of those
 * (rendered as JSON arrays, or joined with ";" in CSV).
 */
public record Table(List<String> columns, List<List<Object>> rows) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, table has "
                        + columns.size() + " columns: " + columns);
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public static Table empty() {
        return new Table(List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Starts a table with these columns. */
    public static Builder of(String... columns) {
        return new Builder(Arrays.asList(columns));
    }

    /** Collects rows; {@code null} cells are allowed. */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Table build() {
            return new Table(columns, rows);
        }
    }
}
