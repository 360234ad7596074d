/**
 * A persistent Lucene index of a corpus, built once and queried by any benchmark, so that a data team
 * checks each new benchmark in seconds instead of re-scanning terabytes (what WIMBD does with
 * Elasticsearch, embedded here).
 *
 * <p>{@link org.evalaudit.contamination.index.CorpusIndexer} builds and extends the index with the
 * canonical analyzer from the same corpus readers (and windows) as the scanner: positions kept; file,
 * offset, id, url and window stored; text stored (LZ4, through {@link
 * org.evalaudit.contamination.index.CorpusCodec}: Lucene's codec with a cheaper LZ4 writer, registered
 * by name so that Lucene finds it when it opens a segment) unless disabled. It is incremental and resumable,
 * recording indexed files in a manifest kept inside the index. Documents are analysed once ({@link
 * org.evalaudit.contamination.index.AnalysedText}), inverted in memory per indexing thread ({@link
 * org.evalaudit.contamination.index.SegmentBuffer}: {@link org.evalaudit.contamination.index.TermIds},
 * {@link org.evalaudit.contamination.index.FieldInverter}) and written by Lucene's codec as whole segments
 * through {@code IndexWriter.addIndexes} ({@link org.evalaudit.contamination.index.BufferedSegmentReader}),
 * which costs far less CPU than {@code IndexWriter}'s per-token inversion; {@link
 * org.evalaudit.contamination.index.IndexFields} states the schema. {@link
 * org.evalaudit.contamination.index.IndexInfo} describes an index, and every reader refuses an index whose
 * analyzer fingerprint or schema differs from this build's ({@link
 * org.evalaudit.contamination.index.IncompatibleIndexException}).
 *
 * <p>{@link org.evalaudit.contamination.index.CorpusIndexQuery} answers a benchmark with exactly the
 * scanner's evidence: exact phrase search for every item seed finds the only documents where the
 * scanner could find anything, and the scanner's own matcher runs on their text (stored, or rebuilt from
 * the postings when the index has none); {@link org.evalaudit.contamination.scan.ScanResult} then judges
 * it as it judges a scan. {@link org.evalaudit.contamination.index.LuceneCorpusIndexProvider} offers the
 * same to the contamination check ({@code audit --index}).
 */
package org.evalaudit.contamination.index;
