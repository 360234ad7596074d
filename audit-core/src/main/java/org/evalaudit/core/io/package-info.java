/**
 * Streaming readers for benchmarks, results and benchmark cards: JSON Lines, JSON arrays, CSV and TSV,
 * plain or gzip/zstd compressed ({@link org.evalaudit.core.io.CompressedInput}), plus the per-sample logs
 * of lm-evaluation-harness and Inspect eval logs (JSON, or the {@code .eval} zip archive). Entry points:
 * {@link org.evalaudit.core.io.BenchmarkReader}, {@link org.evalaudit.core.io.ResultsReader} and
 * {@link org.evalaudit.core.io.CardReader}; column names are mapped by
 * {@link org.evalaudit.core.io.FieldMapping}; files, folders and globs named by a user are expanded by
 * {@link org.evalaudit.core.io.InputPaths}.
 *
 * <p>Files are read record by record and never held whole: JSON Lines are split on {@code \n} only (texts
 * may contain U+0085 or U+2028) and each line is parsed on its own, so one broken line does not spoil the
 * rest. Every bad record becomes an {@link org.evalaudit.core.io.InputError} naming file, line and field;
 * {@link org.evalaudit.core.io.ErrorPolicy} decides whether it stops the read or is skipped and counted in
 * the file's {@link org.evalaudit.core.io.InputSummary}.
 */
package org.evalaudit.core.io;
