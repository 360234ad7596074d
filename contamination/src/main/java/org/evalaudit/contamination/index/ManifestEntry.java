package org.evalaudit.contamination.index;

/**
 * What the index holds of one corpus file. A file is entered as soon as its first documents are
 * indexed and marked complete in the same commit as its last document, so after a crash a partial entry
 * tells the next run to resume that file, and the size and checksum tell it whether the file is still
 * the one it started.
 *
 * @param path absolute, normalised path of the file (the key)
 * @param size size in bytes when indexed
 * @param checksum CRC-32C of the file's bytes, hex
 * @param documents documents indexed from it (when complete)
 * @param textChars chars of document text indexed from it (when complete)
 * @param complete whether every document of the file is in the index
 * @param skippedRecords bad records of the file skipped under {@code --on-error skip} (when complete)
 */
record ManifestEntry(String path, long size, String checksum, long documents, long textChars,
                            boolean complete, long skippedRecords) {

    /** Whether {@code size} and {@code checksum} describe the same bytes this entry was made from. */
    boolean sameFile(long otherSize, String otherChecksum) {
        return size == otherSize && checksum.equals(otherChecksum);
    }
}
