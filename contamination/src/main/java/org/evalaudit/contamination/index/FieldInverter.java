package org.evalaudit.contamination.index;

import java.util.Arrays;

/**
 * Inverts one field of a buffered segment: collects each document's term ids in token order, then turns
 * them into postings in two linear passes (a counting sort by term id), instead of appending every token
 * to its term's byte slices as {@code IndexWriter} does.
 *
 * <p>Why: the token stream is written sequentially (one int per token), and the inversion reads it twice
 * in order; only the scatter into each term's range jumps around, with one write per token. Documents
 * must be added in doc id order, every document once (an empty one adds no tokens).
 */
final class FieldInverter {
    private final TermIds terms = new TermIds();
    private int[] tokens = new int[1 << 16];
    private int tokenCount;
    /** End of document d's tokens in {@link #tokens}. */
    private int[] docEnds = new int[1 << 10];
    private int docs;

    /** Adds the next document's terms (token i is {@code analysed}'s term i at position i). */
    void add(AnalysedText analysed) {
        int n = analysed.tokenCount();
        if (tokenCount + n > tokens.length) {
            tokens = Arrays.copyOf(tokens, Math.max(2 * tokens.length, tokenCount + n));
        }
        byte[] bytes = analysed.termBytes();
        for (int i = 0; i < n; i++) {
            tokens[tokenCount++] = terms.add(bytes, analysed.termStart(i), analysed.termEnd(i), analysed.termHash(i));
        }
        endDocument();
    }

    /** Adds the next document with one term (a keyword field such as the source file). */
    void add(byte[] term, long hash) {
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, 2 * tokens.length);
        }
        tokens[tokenCount++] = terms.add(term, 0, term.length, hash);
        endDocument();
    }

    private void endDocument() {
        if (docs == docEnds.length) {
            docEnds = Arrays.copyOf(docEnds, 2 * docs);
        }
        docEnds[docs++] = tokenCount;
    }

    /** Approximate heap bytes held. */
    long ramBytes() {
        return terms.ramBytes() + 4L * tokens.length + 4L * docEnds.length;
    }

    /** The postings of every term: a term's occurrences as (doc, position), by doc then position. */
    InvertedField invert() {
        int termCount = terms.size();
        int[] sorted = terms.sortedIds();
        int[] rank = new int[termCount];
        for (int r = 0; r < termCount; r++) {
            rank[sorted[r]] = r;
        }
        int[] starts = new int[termCount + 1];
        for (int i = 0; i < tokenCount; i++) {
            starts[rank[tokens[i]] + 1]++;
        }
        for (int r = 0; r < termCount; r++) {
            starts[r + 1] += starts[r];
        }
        int[] next = Arrays.copyOf(starts, termCount);
        long[] occurrences = new long[tokenCount];
        int docsWithTerms = 0;
        for (int d = 0, i = 0; d < docs; d++) {
            int first = i;
            if (docEnds[d] > first) {
                docsWithTerms++;
            }
            for (; i < docEnds[d]; i++) {
                int r = rank[tokens[i]];
                occurrences[next[r]++] = ((long) d << 32) | (i - first);
            }
        }
        return new InvertedField(terms, sorted, starts, occurrences, docsWithTerms);
    }
}
