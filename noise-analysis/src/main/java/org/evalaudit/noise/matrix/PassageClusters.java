package org.evalaudit.noise.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Clusters for a benchmark that names none: questions that open with the same long passage. Reading
 * comprehension items (MMLU's history subjects, RACE, DROP) ask several questions about one text, and
 * their scores move together, which is what clustered standard errors are for (Miller 2024, section 2.2).
 * Two items share a passage when their questions have the same first {@value #PREFIX_WORDS} words and
 * go on past them; a group is a passage only when it is small (at most {@value #MAX_GROUP} items and under
 * half of the benchmark), so an instruction that opens every question is not taken for one.
 */
public final class PassageClusters {
    static final int PREFIX_WORDS = 30;
    static final int MAX_GROUP = 50;

    private PassageClusters() {
    }

    /**
     * Item id to its passage's name ("passage of" its first item), for the items that share a passage;
     * empty when the benchmark names clusters of its own, which always win.
     */
    public static Map<String, String> infer(Benchmark benchmark) {
        if (benchmark.items().stream().anyMatch(item -> item.cluster() != null)) {
            return Map.of();
        }
        Map<String, List<Item>> byPrefix = new LinkedHashMap<>();
        for (Item item : benchmark.items()) {
            String[] words = item.question().strip().split("\\s+");
            if (words.length > PREFIX_WORDS) {
                String prefix = String.join(" ", Arrays.copyOf(words, PREFIX_WORDS));
                byPrefix.computeIfAbsent(prefix, k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (List<Item> group : byPrefix.values()) {
            if (group.size() >= 2 && group.size() <= MAX_GROUP && 2 * group.size() < benchmark.size()) {
                String name = "passage of " + group.get(0).id();
                group.forEach(item -> out.put(item.id(), name));
            }
        }
        return out;
    }
}
