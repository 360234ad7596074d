package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.DocRef;

/** Documents as an index holds them, and as the corpus readers give them, for assertions. */
final class IndexedDocs {
    private static final Comparator<Doc> ORDER = Comparator.comparing((Doc d) -> d.ref().file())
            .thenComparingLong(Doc::ordinal);

    private IndexedDocs() {
    }

    /** One document (window): where it came from, its number in its file, and its stored text. */
    record Doc(DocRef ref, long ordinal, String text) {
    }

    /** Every live corpus document of the index, sorted by file then ordinal. */
    static List<Doc> all(Path index) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                NumericDocValues ordinals = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live != null && !live.get(doc)) || ordinals == null || !ordinals.advanceExact(doc)) {
                        continue;
                    }
                    Document d = stored.document(doc);
                    docs.add(new Doc(IndexFields.docRef(d), ordinals.longValue(), d.get(IndexFields.TEXT)));
                }
            }
        }
        docs.sort(ORDER);
        return docs;
    }

    /** What a correct index of {@code files} holds: every document the corpus readers give, numbered per file. */
    static List<Doc> expected(List<Path> files, CorpusFormat format) throws IOException {
        List<Doc> docs = new ArrayList<>();
        for (Path file : files) {
            long[] ordinal = {0};
            new CorpusReader(format).read(file, (ref, text, from, length) ->
                    docs.add(new Doc(ref, ordinal[0]++, new String(text, from, length))), bytes -> { });
        }
        docs.sort(ORDER);
        return docs;
    }

    /** The same documents without their text (an index built with --no-store-text). */
    static List<Doc> withoutText(List<Doc> docs) {
        return docs.stream().map(d -> new Doc(d.ref(), d.ordinal(), null)).toList();
    }
}
