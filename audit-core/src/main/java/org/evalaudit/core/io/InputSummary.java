package org.evalaudit.core.io;

import java.util.List;

/**
 * Provenance of one input file, recorded in every report so that a report can be reproduced.
 *
 * @param role "benchmark", "results", "card", "corpus", "index"
 * @param path the path as given
 * @param sha256 hex SHA-256 of the file's bytes (of a folder: of its sorted file list and contents)
 * @param records records read
 * @param skipped records skipped under {@code --on-error skip}
 * @param skippedAt the first 20 skipped locations with their reasons
 */
public record InputSummary(String role, String path, String sha256, long records, long skipped,
                           List<String> skippedAt) {
    public InputSummary {
        skippedAt = skippedAt == null ? List.of() : List.copyOf(skippedAt);
    }
}
