package org.evalaudit.contamination.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;

/**
 * Applies {@code --on-error} to the bad records of a corpus, for every thread of one scan or index build:
 * under FAIL the first bad record is thrown; under SKIP each is counted per file and the earliest
 * {@value #MAX_LISTED} of each file are kept, so that what a report lists depends only on the corpus,
 * never on which thread met which record first.
 */
public final class BadRecords {
    /** Bad records listed per file (and in all) in a report. */
    public static final int MAX_LISTED = 20;

    private final ErrorPolicy policy;
    private final Map<String, TreeMap<Long, String>> earliest = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();

    public BadRecords(ErrorPolicy policy) {
        this.policy = policy;
    }

    /** A log that throws the first bad record. */
    public static BadRecords failing() {
        return new BadRecords(ErrorPolicy.FAIL);
    }

    public ErrorPolicy policy() {
        return policy;
    }

    /** Throws {@code error} under FAIL; counts and keeps it under SKIP. */
    public void skip(InputError error) {
        if (policy == ErrorPolicy.FAIL) {
            throw error;
        }
        add(String.valueOf(error.file()), 1, Map.of(error.line(), error.getMessage()));
    }

    /** The bad records of one file, as a checkpoint keeps them. */
    public synchronized Skipped of(String file) {
        return new Skipped(counts.getOrDefault(file, 0L), new TreeMap<>(earliest.getOrDefault(file, new TreeMap<>())));
    }

    /** Adds the bad records of a file read by an earlier, interrupted run. */
    public void restore(String file, Skipped skipped) {
        if (skipped.count() > 0) {
            add(file, skipped.count(), skipped.earliest());
        }
    }

    private synchronized void add(String file, long count, Map<Long, String> messages) {
        counts.merge(file, count, Long::sum);
        TreeMap<Long, String> kept = earliest.computeIfAbsent(file, f -> new TreeMap<>());
        kept.putAll(messages);
        while (kept.size() > MAX_LISTED) {
            kept.pollLastEntry();
        }
    }

    /** Bad records skipped in all. */
    public synchronized long count() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The first {@value #MAX_LISTED} skipped records, "file:line: problem", by file and line. */
    public synchronized List<String> listed() {
        List<String> out = new ArrayList<>();
        for (TreeMap<Long, String> file : earliest.values()) {
            for (String message : file.values()) {
                if (out.size() == MAX_LISTED) {
                    return out;
                }
                out.add(message);
            }
        }
        return out;
    }

    /**
     * The bad records of one file.
     *
     * @param count how many were skipped
     * @param earliest the first {@value #MAX_LISTED} messages by line
     */
    public record Skipped(long count, Map<Long, String> earliest) {
        public Skipped {
            earliest = Collections.unmodifiableMap(new TreeMap<>(earliest));
        }
    }
}
