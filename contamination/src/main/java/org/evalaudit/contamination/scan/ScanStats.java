package org.evalaudit.contamination.scan;

import java.util.List;

/**
 * What a scan read.
 *
 * @param resumedFiles files taken from the checkpoint instead of being read again
 * @param bytes bytes of the files read in this run (compressed size)
 * @param chars chars of document text tokenized in this run
 * @param documents document windows scanned in this run
 * @param indexBytes memory held by the item index
 * @param seconds wall time of reading and scanning in this run (building the item index excluded)
 * @param readCpuSeconds CPU time of the reader threads (decompressing and parsing)
 * @param scanCpuSeconds CPU time of the scanner threads (tokenizing, probing, verifying)
 * @param skippedRecords bad corpus records skipped under {@code --on-error skip} (resumed files included)
 * @param skippedAt the first of them ({@link org.evalaudit.contamination.corpus.BadRecords#listed}), by file
 *     and line
 * @param searched the whole corpus the verdicts rest on, its files and the resumed ones included (the fields
 *     above count this run's work)
 */
public record ScanStats(int resumedFiles, long bytes, long chars, long documents, long indexBytes,
                        double seconds, double readCpuSeconds, double scanCpuSeconds, long skippedRecords,
                        List<String> skippedAt, CorpusExtent searched) {
    public ScanStats {
        skippedAt = List.copyOf(skippedAt);
    }
}
