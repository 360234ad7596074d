package org.evalaudit.contamination.corpus;

/**
 * A corpus document (or window) as a value, for callers off the hot path (a persistent index, a Spark
 * job, tests). The scanner itself takes the reader's reused char range instead.
 *
 * @param ref where it comes from: file, offset, id, url, window start
 * @param text its text
 */
public record Document(DocRef ref, String text) {
}
