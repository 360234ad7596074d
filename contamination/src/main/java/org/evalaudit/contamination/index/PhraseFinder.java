package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Finds the documents that contain a token sequence verbatim: an exact phrase query over the positions
 * of the text field, written directly against the postings. Compared with a {@link
 * org.apache.lucene.search.PhraseQuery} per sequence it looks each term up once per item instead of once
 * per sequence (an item's N-grams share most of their terms), needs no query, weight or scorer objects,
 * and skips the position check for documents already known to match.
 *
 * <p>Per sequence and segment: the rarest term leads a conjunction over the documents that hold every
 * term; in each such document the phrase matches when some position p of the lead has every other term
 * at p plus its offset in the sequence. Not thread-safe: one finder per thread.
 */
final class PhraseFinder {
    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] termsEnums;
    /** Per term: its state and document frequency in each segment (null where absent). */
    private final Map<String, LeafTerm[]> terms = new HashMap<>();
    private PostingsEnum[][] reuse;
    private int[][] positions = new int[8][16];
    private int[] freqs = new int[8];

    private record LeafTerm(TermState state, int docFreq) {
    }

    PhraseFinder(IndexReader reader) throws IOException {
        this.leaves = reader.leaves();
        this.termsEnums = new TermsEnum[leaves.size()];
        this.reuse = new PostingsEnum[leaves.size()][8];
        for (int l = 0; l < leaves.size(); l++) {
            Terms t = leaves.get(l).reader().terms(IndexFields.TEXT);
            termsEnums[l] = t == null ? null : t.iterator();
        }
    }

    /** Forgets cached term lookups (call between items to bound memory). */
    void clearTerms() {
        terms.clear();
    }

    /** Sets, in {@code out} (indexed by top-level doc id), every live document that contains {@code phrase}. */
    void addDocumentsContaining(List<String> phrase, FixedBitSet out) throws IOException {
        int n = phrase.size();
        LeafTerm[][] lookups = new LeafTerm[n][];
        for (int j = 0; j < n; j++) {
            lookups[j] = lookup(phrase.get(j));
            if (lookups[j] == null) {
                return;
            }
        }
        if (reuse[0].length < n) {
            reuse = new PostingsEnum[leaves.size()][n];
        }
        if (positions.length < n) {
            positions = Arrays.copyOf(positions, n);
            freqs = new int[n];
            for (int j = 0; j < n; j++) {
                if (positions[j] == null) {
                    positions[j] = new int[16];
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int l = 0; l < leaves.size(); l++) {
            PostingsEnum[] postings = new PostingsEnum[n];
            boolean all = true;
            for (int j = 0; j < n && all; j++) {
                LeafTerm term = lookups[j][l];
                if (term == null) {
                    all = false;
                } else {
                    termsEnums[l].seekExact(new BytesRef(phrase.get(j)), term.state());
                    postings[j] = termsEnums[l].postings(reuse[l][j], PostingsEnum.POSITIONS);
                    reuse[l][j] = postings[j];
                }
            }
            if (!all) {
                continue;
            }
            int leaf = l;
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, 0, n, (a, b) -> Integer.compare(lookups[a][leaf].docFreq(), lookups[b][leaf].docFreq()));
            collect(leaves.get(l), postings, order, n, out);
        }
    }

    /** The term's state in every segment, or null when no segment has it. */
    private LeafTerm[] lookup(String term) throws IOException {
        LeafTerm[] cached = terms.get(term);
        if (cached != null || terms.containsKey(term)) {
            return cached;
        }
        BytesRef bytes = new BytesRef(term);
        LeafTerm[] found = new LeafTerm[leaves.size()];
        boolean any = false;
        for (int l = 0; l < leaves.size(); l++) {
            TermsEnum te = termsEnums[l];
            if (te != null && te.seekExact(bytes)) {
                found[l] = new LeafTerm(te.termState(), te.docFreq());
                any = true;
            }
        }
        LeafTerm[] result = any ? found : null;
        terms.put(term, result);
        return result;
    }

    private void collect(LeafReaderContext context, PostingsEnum[] postings, Integer[] order, int n, FixedBitSet out)
            throws IOException {
        LeafReader reader = context.reader();
        Bits live = reader.getLiveDocs();
        int base = context.docBase;
        PostingsEnum lead = postings[order[0]];
        int doc = lead.nextDoc();
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int next = doc;
            for (int k = 1; k < n; k++) {
                PostingsEnum other = postings[order[k]];
                int d = other.docID() < doc ? other.advance(doc) : other.docID();
                if (d > doc) {
                    next = d;
                    break;
                }
            }
            if (next > doc) {
                doc = lead.advance(next);
                continue;
            }
            if (!out.get(base + doc) && (live == null || live.get(doc)) && phraseAt(postings, n)) {
                out.set(base + doc);
            }
            doc = lead.nextDoc();
        }
    }

    /** Whether the current document has the terms at consecutive positions. */
    private boolean phraseAt(PostingsEnum[] postings, int n) throws IOException {
        int shortest = 0;
        for (int j = 0; j < n; j++) {
            int freq = postings[j].freq();
            if (positions[j].length < freq) {
                positions[j] = new int[Math.max(freq, 2 * positions[j].length)];
            }
            for (int k = 0; k < freq; k++) {
                positions[j][k] = postings[j].nextPosition();
            }
            freqs[j] = freq;
            if (freq < freqs[shortest]) {
                shortest = j;
            }
        }
        for (int k = 0; k < freqs[shortest]; k++) {
            int start = positions[shortest][k] - shortest;
            if (start < 0) {
                continue;
            }
            boolean match = true;
            for (int j = 0; j < n && match; j++) {
                match = j == shortest || Arrays.binarySearch(positions[j], 0, freqs[j], start + j) >= 0;
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
