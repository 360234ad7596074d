package org.evalaudit.contamination.scan;

/**
 * What a scan read.
 *
 * @param files corpus files in the scan
 * @param resumedFiles files taken from the checkpoint instead of being read again
 * @param bytes bytes of the files read in this run (compressed size)
 * @param chars chars of document text tokenized in this run
 * @param documents document windows scanned in this run
 * @param indexBytes memory held by the item index
 * @param seconds wall time of reading and scanning in this run (building the item index excluded)
 * @param readCpuSeconds CPU time of the reader threads (decompressing and parsing)
 * @param scanCpuSeconds CPU time of the scanner threads (tokenizing, probing, verifying)
 */
public record ScanStats(int files, int resumedFiles, long bytes, long chars, long documents, long indexBytes,
                        double seconds, double readCpuSeconds, double scanCpuSeconds) {
}
