/**
 * The contamination scan as an Apache Spark job, for corpora too large for one machine. Nothing of the
 * method is re-implemented here: the driver expands the corpus with
 * {@link org.evalaudit.contamination.corpus.CorpusReader#expand}, broadcasts the benchmark, and each task
 * reads one corpus file with {@link org.evalaudit.contamination.corpus.CorpusReader} and runs
 * {@link org.evalaudit.contamination.scan.DocumentMatcher} over it against an
 * {@link org.evalaudit.contamination.ngram.ItemIndex} built once per executor JVM. The evidence comes back
 * to the driver, which judges it with {@link org.evalaudit.contamination.scan.ScanResult#of} and writes
 * the report through the same checks and writers as {@code evalaudit contamination scan}, so the files
 * are the same.
 */
package org.evalaudit.contamination.spark;
