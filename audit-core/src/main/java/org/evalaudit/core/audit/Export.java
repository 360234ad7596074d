package org.evalaudit.core.audit;

/**
 * A full table a finding writes beside the report as its own file, e.g. {@code model-scores.csv} or
 * {@code contaminated-docs.jsonl} (the extension picks the format). Exports are contracts other tools
 * read: their columns are documented in {@code docs/report-schema.md}.
 */
public record Export(String fileName, Table table) {
}
