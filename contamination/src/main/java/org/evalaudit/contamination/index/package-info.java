/**
 * A persistent Lucene index of a corpus, built once and queried by any benchmark, so that a data team
 * checks each new benchmark in seconds instead of re-scanning terabytes (what WIMBD does with
 * Elasticsearch, embedded here).
 *
 * <p>{@link org.evalaudit.contamination.index.CorpusIndexer} builds and extends the index with the
 * canonical analyzer (positions kept; document id, url, source file and offset stored; text stored
 * compressed unless disabled), incrementally and resumably, recording indexed files in a manifest kept
 * inside the index. {@link org.evalaudit.contamination.index.IndexInfo} describes an index, and every
 * reader refuses an index whose analyzer fingerprint differs from this build's
 * ({@link org.evalaudit.contamination.index.IncompatibleIndexException}).
 */
package org.evalaudit.contamination.index;
