package org.evalaudit.noise.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Exact duplicates: items with the same question and the same choices in the same order after
 * {@link TextForms#exact}. A group of k copies is listed as k-1 pairs, each later copy against the first,
 * so that a large group does not explode into k(k-1)/2 rows. Golds are compared by their answer text, so a
 * pair agrees when both keys name the same answer. Items that repeat an id are one item (the structure
 * check reports repeated ids).
 */
public final class Duplicates {
    private Duplicates() {
    }

    /** Every duplicate pair in benchmark order of the later copy. */
    public static List<DuplicatePair> find(Benchmark benchmark) {
        Map<String, Item> firstByText = new LinkedHashMap<>();
        Map<String, Boolean> seenIds = new LinkedHashMap<>();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (Item item : benchmark.items()) {
            if (seenIds.putIfAbsent(item.id(), Boolean.TRUE) != null) {
                continue;
            }
            String key = key(item);
            Item first = firstByText.putIfAbsent(key, item);
            if (first != null) {
                String a = goldAnswer(first);
                String b = goldAnswer(item);
                pairs.add(new DuplicatePair(first.id(), item.id(), a, b, a != null && Objects.equals(a, b)));
            }
        }
        return List.copyOf(pairs);
    }

    /** The normalised question and choices, the identity of an item's text. */
    static String key(Item item) {
        StringBuilder key = new StringBuilder(TextForms.exact(item.question()));
        for (String choice : item.choices()) {
            key.append('\u0001').append(TextForms.exact(choice));
        }
        return key.toString();
    }

    /** The gold's answer in normal form: the text of the gold choice, or the free-form gold. */
    private static String goldAnswer(Item item) {
        String gold = item.goldText();
        return gold == null ? null : TextForms.exact(gold);
    }
}
