package org.evalaudit.noise.quality;

import java.util.List;

/**
 * An item with one or more problems of form.
 *
 * @param itemId the item
 * @param problems what is wrong, in declaration order of {@link Problem}
 */
public record MalformedItem(String itemId, List<Problem> problems) {
    public MalformedItem {
        problems = List.copyOf(problems);
    }

    /** The problems in words, joined with "; ". */
    public String describe() {
        return String.join("; ", problems.stream().map(Problem::description).toList());
    }
}
