/**
 * Speed measurements, run as plain {@code main} classes (never timed unit tests): a seeded generator of
 * benchmarks and corpora, and {@link org.evalaudit.contamination.bench.ScanBench}.
 */
package org.evalaudit.contamination.bench;
