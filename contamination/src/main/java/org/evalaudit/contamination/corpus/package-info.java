/**
 * Streaming corpus readers: plain text, JSONL (plain, gzip, zstd), Parquet (through DuckDB's JDBC driver
 * when it is on the class path) and Common Crawl WARC/WET (jwarc). A reader hands out one document at a
 * time as a char range it reuses, so memory depends on the longest document window, never on the corpus.
 * For the scanner, JSON Lines also comes as chunks of whole records ({@link
 * org.evalaudit.contamination.corpus.JsonlChunker}) parsed by any thread ({@link
 * org.evalaudit.contamination.corpus.JsonlRecords}, a hand-written walk with Jackson behind it for the
 * records it does not take) into records whose text stays raw bytes, its term hashes taken in the same
 * pass, until a scanner needs its chars.
 */
package org.evalaudit.contamination.corpus;
