package org.evalaudit.core.io;

import java.util.List;

/** A value read from input files, with the provenance of each file. */
public record Loaded<T>(T value, List<InputSummary> inputs) {
    public Loaded {
        inputs = List.copyOf(inputs);
    }
}
