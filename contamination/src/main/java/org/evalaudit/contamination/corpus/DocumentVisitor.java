package org.evalaudit.contamination.corpus;

/**
 * Receives documents from a reader. The char range is the reader's own buffer, valid only during the
 * call, so a reader allocates nothing per document beyond its metadata.
 */
@FunctionalInterface
public interface DocumentVisitor {
    void document(DocRef ref, char[] text, int from, int length);
}
