package org.evalaudit.contamination.scan;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.contamination.corpus.DocRef;

/**
 * The evidence that one document holds (part of) one item: what {@link DocumentMatcher} finds and what
 * {@link Verdicts} judges. It is the contract between whatever finds candidate documents (the
 * in-memory scanner, or a persistent index that re-reads its stored documents) and the verdicts, so both
 * give the same verdict for the same document.
 *
 * @param item item number in the {@link org.evalaudit.contamination.ngram.ItemIndex}
 * @param doc the document (window)
 * @param counted false when every n-gram that led here is boilerplate (shared by many items): such a
 *     match is reported as discounted and never makes the item dirty or partial
 * @param questionMatched question tokens matched, allowing small edits, by counted matches
 * @param choiceMatched choice (and free-form answer) tokens matched by counted matches
 * @param wholeQuestion the whole question occurs as one verbatim run
 * @param longestVerbatim longest verbatim run of item tokens, in tokens
 * @param longestMatch most item tokens matched by one edit-tolerant alignment
 * @param answerLeaked the gold answer is given near the matched question (see {@link DocumentMatcher})
 * @param substringHit one of the item's gpt4-preset substrings occurs in the document's letters
 * @param ngramsCovered bit set over the item's 8-gram slots found verbatim (palm preset)
 * @param tokensCovered bit set over the item's token slots inside 10-token spans with at most 4
 *     skipped tokens (llama2 preset)
 * @param start char offset of the matched region in the document
 * @param end char offset just past the matched region
 * @param snippet the matched region's text, whitespace collapsed, at most 240 chars
 * @param spans char spans {@code [start, end)} of every counted match, in document order, flattened
 * @param seedKeys identities of the distinct non-boilerplate n-grams (index keys) that led here, sorted;
 *     {@link Verdicts} counts in how many documents each occurs to discount stock phrases
 * @param numberConflicts edits inside counted matches that put another number where the item has one:
 *     the document holds a sibling of the item built on the same template, so it is never dirty
 * @param contextHash fingerprint of the matched region's tokens and {@link ItemAlignment#CONTEXT_TOKENS}
 *     tokens either side: copies of one page (mirrors, re-crawls) share it, so they count once when
 *     {@link Verdicts} counts the documents an n-gram occurs in
 */
public record ItemDocMatch(int item, DocRef doc, boolean counted, int questionMatched, int choiceMatched,
                           boolean wholeQuestion, int longestVerbatim, int longestMatch, boolean answerLeaked,
                           boolean substringHit, long[] ngramsCovered, long[] tokensCovered, int start, int end,
                           String snippet, int[] spans, long[] seedKeys, int numberConflicts, long contextHash)
        implements java.io.Serializable {

    /** The spans as [start, end] pairs. */
    public List<int[]> spanList() {
        ArrayList<int[]> out = new ArrayList<>();
        for (int i = 0; i + 1 < spans.length; i += 2) {
            out.add(new int[] {spans[i], spans[i + 1]});
        }
        return out;
    }
}
