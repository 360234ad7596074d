package org.evalaudit.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Warns about {@code --set} keys that no check of the run read: a misspelt threshold would otherwise be
 * ignored without a word, and a CI gate would pass on the default. A warning rather than an error,
 * because a key may belong to a check this command does not run (a shared settings line).
 */
final class UnusedSettings {
    /** A suggestion further than this many edits away is more confusing than helpful. */
    private static final int MAX_SUGGESTION_EDITS = 3;

    private UnusedSettings() {
    }

    static void warn(Collection<String> set, Set<String> asked, PrintWriter err) {
        for (String key : new TreeSet<>(set)) {
            if (!asked.contains(key)) {
                err.println("warning: no check read --set " + key + " in this run"
                        + closest(key, asked).map(k -> " (did you mean " + k + "?)").orElse(""));
            }
        }
        err.flush();
    }

    /** The asked key fewest edits away (the first by name on a tie), if it is close enough. */
    static Optional<String> closest(String key, Set<String> asked) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_SUGGESTION_EDITS);
        String best = null;
        int fewest = Integer.MAX_VALUE;
        for (String candidate : new TreeSet<>(asked)) {
            int edits = distance.apply(key, candidate);
            if (edits >= 0 && edits < fewest) {
                best = candidate;
                fewest = edits;
            }
        }
        return Optional.ofNullable(best);
    }
}
