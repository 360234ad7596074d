package org.evalaudit.core.checks;

import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * The benchmark item behind every item number of a {@link Results}, looked up once so that per-response
 * loops index an array instead of hashing an id per row.
 */
final class ResultItems {
    private ResultItems() {
    }

    /** Index {@code i} holds the item named {@code results.items().get(i)}, or null when the benchmark lacks it. */
    static Item[] of(Results results, Benchmark benchmark) {
        Item[] items = new Item[results.items().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = benchmark.item(results.items().get(i)).orElse(null);
        }
        return items;
    }

    /** Position of a single-letter answer ("b" and " B " are 1), or -1 when the answer is not one letter. */
    static int letterIndex(String answer) {
        if (answer == null) {
            return -1;
        }
        String s = answer.strip();
        if (s.length() != 1 || !Character.isLetter(s.charAt(0))) {
            return -1;
        }
        int index = Character.toUpperCase(s.charAt(0)) - 'A';
        return index >= 0 && index < 26 ? index : -1;
    }
}
