package org.evalaudit.contamination.index;

import org.evalaudit.contamination.corpus.DocRef;

/**
 * What a {@link SegmentBuffer} keeps of one document besides its postings: its stored fields and doc
 * values, as {@link IndexFields} lays them out.
 *
 * @param ref where the document came from (stored)
 * @param ordinal its number within its file (doc values)
 * @param text the text when the index stores it, else null
 * @param tokens its number of tokens (doc values, only without stored text)
 * @param capitals its encoded {@link TokenShape#capitals()} when the index has no stored text and there
 *     are any, else null
 */
record BufferedDoc(DocRef ref, long ordinal, String text, int tokens, byte[] capitals) {
}
