package org.evalaudit.noise.quality;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Exact duplicates and malformed items of one benchmark.
 *
 * @param items number of items examined
 * @param duplicates duplicate pairs, later copy against the first
 * @param malformed malformed items in benchmark order
 */
public record ItemQualityReport(int items, List<DuplicatePair> duplicates, List<MalformedItem> malformed) {
    public ItemQualityReport {
        duplicates = List.copyOf(duplicates);
        malformed = List.copyOf(malformed);
    }

    /** Analyses a benchmark with the given minimum question length. */
    public static ItemQualityReport of(org.evalaudit.core.model.Benchmark benchmark, int minQuestionChars) {
        return new ItemQualityReport(benchmark.size(), Duplicates.find(benchmark),
                MalformedItems.find(benchmark, minQuestionChars));
    }

    /** Items with at least one problem: later copies of duplicates and malformed items, in that order. */
    public Set<String> affectedItems() {
        Set<String> ids = new LinkedHashSet<>();
        duplicates.forEach(pair -> ids.add(pair.second()));
        malformed.forEach(item -> ids.add(item.itemId()));
        return ids;
    }

    /** Duplicate pairs whose golds name different answers: one of the two keys is wrong. */
    public long conflictingDuplicates() {
        return duplicates.stream().filter(pair -> !pair.goldsAgree()).count();
    }
}
