/**
 * The scan: documents in, per-item evidence out. {@link org.evalaudit.contamination.scan.DocumentMatcher}
 * turns one document into {@link org.evalaudit.contamination.scan.ItemDocMatch} evidence;
 * {@link org.evalaudit.contamination.scan.Verdicts} turns all evidence of an item into its verdict under
 * every preset, whoever produced the evidence (this scanner or the persistent index);
 * {@link org.evalaudit.contamination.scan.CorpusScanner} runs the matcher over files in parallel,
 * resumably. {@link org.evalaudit.contamination.scan.BenchmarkOverlap} turns the same matcher on benchmarks
 * (near-duplicates inside one, a test split inside a training split), and
 * {@link org.evalaudit.contamination.scan.ItemComparison} says how two overlapping items differ.
 */
package org.evalaudit.contamination.scan;
