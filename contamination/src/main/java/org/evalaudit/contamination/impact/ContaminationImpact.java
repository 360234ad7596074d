package org.evalaudit.contamination.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.core.model.Results;

/**
 * Per model, the score on clean items vs dirty items (Brown et al. 2020, GPT-3, section 4; Touvron et
 * al. 2023, Llama 2, A.6): a model that scores much higher on the dirty items may have memorised them.
 */
public final class ContaminationImpact {
    private ContaminationImpact() {
    }

    /**
     * One model's scores.
     *
     * @param model model name
     * @param cleanItems clean items the model answered
     * @param clean mean score on clean items with its 95 % interval {mean, low, high}
     * @param dirtyItems dirty items the model answered
     * @param dirty mean score on dirty items with its 95 % interval
     * @param difference dirty minus clean with its 95 % Welch interval
     */
    public record ModelImpact(String model, int cleanItems, double[] clean, int dirtyItems, double[] dirty,
                              double[] difference) {
    }

    /** Every model's clean-vs-dirty comparison; items in neither set (e.g. partial) are left out. */
    public static List<ModelImpact> of(Results results, Set<String> cleanIds, Set<String> dirtyIds) {
        List<ModelImpact> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> model : ItemScores.of(results).entrySet()) {
            double[] clean = model.getValue().entrySet().stream().filter(e -> cleanIds.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).toArray();
            double[] dirty = model.getValue().entrySet().stream().filter(e -> dirtyIds.contains(e.getKey()))
                    .mapToDouble(Map.Entry::getValue).toArray();
            out.add(new ModelImpact(model.getKey(), clean.length, Stats.meanInterval(clean), dirty.length,
                    Stats.meanInterval(dirty), Stats.differenceInterval(dirty, clean)));
        }
        return out;
    }
}
