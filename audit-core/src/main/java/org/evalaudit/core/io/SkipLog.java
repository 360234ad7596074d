package org.evalaudit.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the {@link ErrorPolicy} to the bad records of one input file: under FAIL the first one is
 * thrown; under SKIP they are counted and the first {@value #MAX_LOCATIONS} messages kept for the report.
 */
final class SkipLog {
    static final int MAX_LOCATIONS = 20;

    private final ErrorPolicy policy;
    private final List<String> locations = new ArrayList<>();
    private long count;

    SkipLog(ErrorPolicy policy) {
        this.policy = policy == null ? ErrorPolicy.FAIL : policy;
    }

    /** Throws {@code error} under FAIL; records it under SKIP. */
    void skip(InputError error) {
        if (policy == ErrorPolicy.FAIL) {
            throw error;
        }
        count++;
        if (locations.size() < MAX_LOCATIONS) {
            locations.add(error.getMessage());
        }
    }

    long count() {
        return count;
    }

    /** "file:line: reason" of the first skipped records. */
    List<String> locations() {
        return List.copyOf(locations);
    }

    /** The provenance of {@code file} with these skips. */
    InputSummary summary(String role, Path file, long records) {
        return new InputSummary(role, file.toString(), InputFiles.sha256(file), records, count, locations);
    }
}
