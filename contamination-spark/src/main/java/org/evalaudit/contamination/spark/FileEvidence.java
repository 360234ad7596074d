package org.evalaudit.contamination.spark;

import java.io.Serializable;
import java.util.List;
import org.evalaudit.contamination.scan.ItemDocMatch;

/**
 * What one task sends back to the driver: the evidence found in one corpus file and what was read.
 *
 * @param file the corpus file, as the driver named it
 * @param matches every match of the file, in the order the matcher reported them
 * @param bytes bytes of the file read (compressed size)
 * @param chars chars of document text scanned
 * @param documents document windows scanned
 * @param cpuNanos CPU time of the task's thread (reading and scanning; one thread does both)
 */
public record FileEvidence(String file, List<ItemDocMatch> matches, long bytes, long chars, long documents,
                           long cpuNanos) implements Serializable {
    private static final long serialVersionUID = 1L;

    public FileEvidence {
        matches = List.copyOf(matches);
    }
}
