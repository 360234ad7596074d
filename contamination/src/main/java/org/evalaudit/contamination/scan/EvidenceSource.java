package org.evalaudit.contamination.scan;

import java.io.IOException;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.audit.Progress;

/**
 * Whatever produces per-item match evidence for a benchmark: the corpus scanner, or a persistent corpus
 * index that finds candidate documents with phrase queries and runs {@link DocumentMatcher} on their
 * stored text. {@link ScanResult#of} turns the evidence into the same verdicts and files either way.
 */
public interface EvidenceSource {

    /**
     * Reports every {@link ItemDocMatch} of the indexed benchmark's items; may call {@code sink} from
     * several threads at once.
     */
    void collect(ItemIndex items, DocumentMatcher.Sink sink, Progress progress) throws IOException;

    /** What the evidence was looked for in; valid once {@link #collect} has returned. */
    CorpusExtent searched() throws IOException;
}
