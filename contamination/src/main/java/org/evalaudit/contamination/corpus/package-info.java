/**
 * Streaming corpus readers: plain text, JSONL (plain, gzip, zstd), Parquet (through DuckDB's JDBC driver
 * when it is on the class path) and Common Crawl WARC/WET (jwarc). A reader hands out one document at a
 * time as a char range it reuses, so memory depends on the longest document window, never on the corpus.
 */
package org.evalaudit.contamination.corpus;
