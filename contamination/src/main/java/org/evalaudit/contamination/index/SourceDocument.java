package org.evalaudit.contamination.index;

/**
 * One corpus document as the indexer receives it from a {@link DocumentSource}.
 *
 * @param offset where the document starts in its source file (as the corpus reader counts it)
 * @param id the document's id, or null
 * @param url the document's url, or null
 * @param text the text to index
 */
public record SourceDocument(long offset, String id, String url, String text) {
}
