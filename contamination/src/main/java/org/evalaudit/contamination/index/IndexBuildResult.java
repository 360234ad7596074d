package org.evalaudit.contamination.index;

import java.util.List;

/**
 * What one indexing run did.
 *
 * @param files corpus files named by the run
 * @param added files indexed for the first time
 * @param resumed partially indexed files (an earlier run stopped) that this run finished
 * @param replaced files whose size or checksum changed since they were indexed: old documents deleted,
 *     file indexed again
 * @param skipped files already completely indexed, unchanged
 * @param documents documents added by this run
 * @param textChars chars of text added by this run
 * @param nanos wall-clock time of the run
 * @param skippedRecords bad corpus records skipped under {@code --on-error skip} in the files this run read
 * @param skippedAt the first of them ({@link org.evalaudit.contamination.corpus.BadRecords#listed}), by file
 *     and line
 */
public record IndexBuildResult(int files, int added, int resumed, int replaced, int skipped, long documents,
                               long textChars, long nanos, long skippedRecords, List<String> skippedAt) {
    public IndexBuildResult {
        skippedAt = List.copyOf(skippedAt);
    }
}
