package org.evalaudit.core.model;

import java.util.List;
import java.util.Map;

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
        attestations = attestations == null ? Map.of() : Map.copyOf(attestations);
        models = models == null ? Map.of() : Map.copyOf(models);
    }
}
