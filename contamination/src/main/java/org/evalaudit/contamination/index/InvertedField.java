package org.evalaudit.contamination.index;

import java.io.IOException;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The postings of one buffered field, read by Lucene's codec when it writes the segment: terms in byte
 * order, each with its documents, frequencies and positions. Read-only and read once (the codec's merge
 * walks the terms in order), so seeking is by binary search and nothing is cached.
 *
 * @param terms the term bytes
 * @param sorted term ids in byte order; term ordinal r is id {@code sorted[r]}
 * @param starts ordinal r's occurrences are {@code occurrences[starts[r], starts[r + 1])}
 * @param occurrences {@code doc << 32 | position}, by doc then position within a term
 * @param docCount documents with at least one term
 */
record InvertedField(TermIds terms, int[] sorted, int[] starts, long[] occurrences, int docCount) {

    long sumTotalTermFreq() {
        return occurrences.length;
    }

    /** Documents per term, summed over terms. */
    long sumDocFreq() {
        long sum = 0;
        for (int r = 0; r < sorted.length; r++) {
            sum += docFreq(r);
        }
        return sum;
    }

    int docFreq(int ordinal) {
        int docs = 0;
        int previous = -1;
        for (int k = starts[ordinal]; k < starts[ordinal + 1]; k++) {
            int doc = (int) (occurrences[k] >>> 32);
            if (doc != previous) {
                docs++;
                previous = doc;
            }
        }
        return docs;
    }

    TermsEnum iterator() {
        return new Enum();
    }

    private final class Enum extends BaseTermsEnum {
        private final BytesRef term = new BytesRef();
        private int ordinal = -1;

        @Override
        public BytesRef next() {
            if (ordinal + 1 >= sorted.length) {
                ordinal = sorted.length;
                return null;
            }
            ordinal++;
            terms.term(sorted[ordinal], term);
            return term;
        }

        @Override
        public SeekStatus seekCeil(BytesRef target) {
            int low = 0;
            int high = sorted.length - 1;
            BytesRef probe = new BytesRef();
            while (low <= high) {
                int mid = (low + high) >>> 1;
                terms.term(sorted[mid], probe);
                int c = probe.compareTo(target);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    seekExact(mid);
                    return SeekStatus.FOUND;
                }
            }
            if (low == sorted.length) {
                ordinal = sorted.length;
                return SeekStatus.END;
            }
            seekExact(low);
            return SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long ord) {
            ordinal = Math.toIntExact(ord);
            terms.term(sorted[ordinal], term);
        }

        @Override
        public BytesRef term() {
            return term;
        }

        @Override
        public long ord() {
            return ordinal;
        }

        @Override
        public int docFreq() {
            return InvertedField.this.docFreq(ordinal);
        }

        @Override
        public long totalTermFreq() {
            return starts[ordinal + 1] - starts[ordinal];
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            Postings postings = reuse instanceof Postings p && p.owner() == InvertedField.this ? p : new Postings();
            postings.reset(starts[ordinal], starts[ordinal + 1]);
            return postings;
        }

        @Override
        public ImpactsEnum impacts(int flags) throws IOException {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** One term's documents; {@link #freq} and {@link #nextPosition} are valid after {@link #nextDoc}. */
    private final class Postings extends PostingsEnum {
        private int next;
        private int end;
        private int doc = -1;
        private int freq;
        private int position;

        InvertedField owner() {
            return InvertedField.this;
        }

        void reset(int from, int to) {
            next = from;
            end = to;
            doc = -1;
            freq = 0;
        }

        @Override
        public int nextDoc() {
            if (next >= end) {
                return doc = NO_MORE_DOCS;
            }
            doc = (int) (occurrences[next] >>> 32);
            position = next;
            int k = next + 1;
            while (k < end && (int) (occurrences[k] >>> 32) == doc) {
                k++;
            }
            freq = k - next;
            next = k;
            return doc;
        }

        @Override
        public int advance(int target) throws IOException {
            return slowAdvance(target);
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int freq() {
            return freq;
        }

        @Override
        public int nextPosition() {
            return (int) occurrences[position++];
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public long cost() {
            return end - next;
        }
    }
}
