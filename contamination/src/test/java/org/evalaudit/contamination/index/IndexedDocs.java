package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Reads back every corpus document of an index, for assertions. */
final class IndexedDocs {
    private IndexedDocs() {
    }

    /** One indexed document: where it came from and what is stored. */
    record Doc(String source, long ordinal, long offset, String id, String url, String text) {
    }

    /** Every live corpus document, sorted by source then ordinal. */
    static List<Doc> all(Path index) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    if (d.get(IndexFields.SOURCE) == null) {
                        continue;
                    }
                    ordinals.advanceExact(doc);
                    docs.add(new Doc(d.get(IndexFields.SOURCE), ordinals.longValue(),
                            d.getField(IndexFields.OFFSET).numericValue().longValue(), d.get(IndexFields.ID),
                            d.get(IndexFields.URL), d.get(IndexFields.TEXT)));
                }
            }
        }
        docs.sort(java.util.Comparator.comparing(Doc::source).thenComparingLong(Doc::ordinal));
        return docs;
    }
}
