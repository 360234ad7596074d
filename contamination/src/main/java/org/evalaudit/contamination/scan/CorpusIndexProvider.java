package org.evalaudit.contamination.scan;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a persistent corpus index as an {@link EvidenceSource}. Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.evalaudit.contamination.scan.CorpusIndexProvider}), so the contamination
 * check can use an index ({@code audit --index DIR}) without depending on its implementation.
 */
public interface CorpusIndexProvider {

    /** The index in {@code dir}; fails with a clear message when it was built with another analyzer. */
    EvidenceSource open(Path dir) throws IOException;
}
