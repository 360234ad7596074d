/**
 * Streaming readers for benchmarks, results and benchmark cards: JSONL and CSV, plain or gzip/zstd
 * compressed, plus lm-evaluation-harness and Inspect logs. Every bad record becomes an {@link
 * org.evalaudit.core.io.InputError} naming file, line and field.
 */
package org.evalaudit.core.io;
