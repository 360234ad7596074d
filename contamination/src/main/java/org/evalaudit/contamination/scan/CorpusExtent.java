package org.evalaudit.contamination.scan;

/**
 * How much corpus a contamination verdict rests on: what the evidence was looked for in, resumed files
 * included, so that a report says "126 items occur" out of what, and a resumed scan reports the same.
 *
 * @param files corpus files
 * @param documents documents (windows of long documents count once each)
 * @param chars chars of document text
 */
public record CorpusExtent(int files, long documents, long chars) {
}
