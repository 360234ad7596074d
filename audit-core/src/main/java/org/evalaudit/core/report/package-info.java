/**
 * One {@link org.evalaudit.core.report.Report} tree rendered four ways: JSON (schema {@code
 * evalaudit.report/1}), Markdown, self-contained HTML (every benchmark string escaped) and CSV of
 * flagged items. Files are written atomically; the same inputs give the same bytes.
 */
package org.evalaudit.core.report;
