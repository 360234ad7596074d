package org.evalaudit.contamination.index;

import java.io.IOException;
import java.nio.file.Path;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusExtent;
import org.evalaudit.contamination.scan.CorpusIndexProvider;
import org.evalaudit.contamination.scan.DocumentMatcher;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.core.audit.Progress;

/**
 * The Lucene corpus index as the contamination check sees it ({@code audit --index DIR}), registered in
 * {@code META-INF/services/org.evalaudit.contamination.scan.CorpusIndexProvider}. Opening checks the
 * index at once (analyzer fingerprint, schema, stored text), so a bad index fails before any work; each
 * {@link EvidenceSource#collect} opens the index for its own duration and closes it after.
 */
public final class LuceneCorpusIndexProvider implements CorpusIndexProvider {

    @Override
    public EvidenceSource open(Path dir) throws IOException {
        CorpusIndexQuery.open(dir, 1).close();
        int threads = Runtime.getRuntime().availableProcessors();
        return new EvidenceSource() {
            @Override
            public void collect(ItemIndex items, DocumentMatcher.Sink sink, Progress progress) throws IOException {
                try (CorpusIndexQuery query = CorpusIndexQuery.open(dir, threads)) {
                    query.collect(items, sink, progress);
                }
            }

            @Override
            public CorpusExtent searched() throws IOException {
                return CorpusIndexQuery.extent(dir);
            }
        };
    }
}
