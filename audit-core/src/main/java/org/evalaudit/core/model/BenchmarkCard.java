package org.evalaudit.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The optional benchmark card: what the authors attest about the benchmark. Sin 5 ("not a meaningful
 * task") is judged from the attestations only, never inferred.
 *
 * @param name benchmark name
 * @param headlineMetric the one aggregate the benchmark reports, or null
 * @param subsets named subsets reported separately
 * @param attestations answers to the card's questions, e.g. {@code intended_users},
 *     {@code expert_validated}, {@code real_world_task}
 * @param models model metadata by model name
 */
public record BenchmarkCard(String name, String headlineMetric, List<String> subsets,
                           Map<String, String> attestations, Map<String, ModelInfo> models) {
    public BenchmarkCard {
        subsets = subsets == null ? List.of() : List.copyOf(subsets);
        // Sorted, so that reports listing them are byte-reproducible.
        attestations = attestations == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(attestations));
        models = models == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(models));
    }
}
