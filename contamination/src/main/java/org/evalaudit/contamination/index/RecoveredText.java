package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Rebuilds documents of an index without stored text from its postings: every term of the segment is
 * visited once per block of documents and its positions in those documents are written into their token
 * arrays, so every position gets its token back. The rebuilt text is the canonical tokens separated by
 * spaces, with the recorded one-letter capitals ({@link TokenShape}) upper-cased again; tokenizing it
 * gives the original document's tokens, so the scanner's matcher finds the same matches in it (only its
 * char offsets and snippet refer to the rebuilt text).
 *
 * <p>Cost: one pass over the segment's term dictionary per block, so blocks are made as large as memory
 * allows ({@link #BLOCK_TOKENS} tokens).
 */
final class RecoveredText {
    /** Tokens rebuilt per pass over the term dictionary. */
    static final int BLOCK_TOKENS = 4_000_000;

    private RecoveredText() {
    }

    /** Receives one rebuilt document. */
    @FunctionalInterface
    interface TextConsumer {
        void accept(int doc, String text) throws IOException;
    }

    /** Rebuilds the segment-local documents {@code docs} (ascending), block by block, in order. */
    static void forEach(LeafReader reader, int[] docs, TextConsumer each) throws IOException {
        NumericDocValues counts = reader.getNumericDocValues(IndexFields.TOKENS);
        int[] lengths = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            if (counts == null || !counts.advanceExact(docs[i])) {
                throw new IllegalStateException("document " + docs[i] + " has no token count: not an index"
                        + " built without stored text by this version");
            }
            lengths[i] = Math.toIntExact(counts.longValue());
        }
        int from = 0;
        while (from < docs.length) {
            int to = from + 1;
            long tokens = lengths[from];
            while (to < docs.length && tokens + lengths[to] <= BLOCK_TOKENS) {
                tokens += lengths[to++];
            }
            String[] texts = texts(reader, docs, lengths, from, to);
            for (int i = from; i < to; i++) {
                each.accept(docs[i], texts[i - from]);
            }
            from = to;
        }
    }

    private static String[] texts(LeafReader reader, int[] docs, int[] lengths, int from, int to) throws IOException {
        int n = to - from;
        String[][] tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            tokens[i] = new String[lengths[from + i]];
        }
        Terms terms = reader.terms(IndexFields.TEXT);
        if (terms != null) {
            fill(terms.iterator(), docs, from, to, tokens);
        }
        StoredFields stored = reader.storedFields();
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            int[] capitals = TokenShape.decodeCapitals(stored.document(docs[from + i]).getBinaryValue(IndexFields.CAPITALS));
            texts[i] = join(tokens[i], capitals, docs[from + i]);
        }
        return texts;
    }

    private static void fill(TermsEnum termsEnum, int[] docs, int from, int to, String[][] tokens) throws IOException {
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            postings = termsEnum.postings(postings, PostingsEnum.POSITIONS);
            String text = null;
            int i = from;
            while (i < to) {
                int doc = postings.advance(docs[i]);
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (doc != docs[i]) {
                    i = Arrays.binarySearch(docs, i + 1, to, doc);
                    if (i < 0) {
                        i = -i - 1;
                        continue;
                    }
                }
                if (text == null) {
                    text = term.utf8ToString();
                }
                String[] positions = tokens[i - from];
                for (int k = postings.freq(); k > 0; k--) {
                    positions[postings.nextPosition()] = text;
                }
                i++;
            }
        }
    }

    private static String join(String[] tokens, int[] capitals, int doc) {
        for (int p : capitals) {
            char c = tokens[p].charAt(0);
            if (tokens[p].length() == 1 && c >= 'a' && c <= 'z') {
                tokens[p] = String.valueOf(Character.toUpperCase(c));
            }
        }
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < tokens.length; p++) {
            if (tokens[p] == null) {
                throw new IllegalStateException("document " + doc + ": no term at position " + p);
            }
            if (p > 0) {
                text.append(' ');
            }
            text.append(tokens[p]);
        }
        return text.toString();
    }
}
