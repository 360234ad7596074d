package org.evalaudit.contamination.index;

import java.io.IOException;
import java.util.BitSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** Which documents of a partially indexed file the last commit holds, by their number in the file. */
final class CommittedDocuments {
    private CommittedDocuments() {
    }

    static BitSet ordinals(DirectoryReader reader, String sourceKey) throws IOException {
        BitSet ordinals = new BitSet();
        Term term = new Term(IndexFields.SOURCE, sourceKey);
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(term, PostingsEnum.NONE);
            if (docs == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues values = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && values.advanceExact(doc)) {
                    ordinals.set(Math.toIntExact(values.longValue()));
                }
            }
        }
        return ordinals;
    }
}
