/**
 * Speed and size measurements of the corpus index, run as a plain {@code main}
 * ({@link org.evalaudit.contamination.index.bench.IndexBench}), never as timed unit tests.
 */
package org.evalaudit.contamination.index.bench;
