package org.evalaudit.contamination.impact;

import java.util.LinkedHashMap;
import java.util.Map;
import org.evalaudit.core.model.Results;

/**
 * Each model's score per item: the mean over that item's templates and samples, so that an item run
 * five times weighs as much as one run once.
 */
final class ItemScores {
    private ItemScores() {
    }

    /** model -> item id -> mean score, models and items in first-seen order. */
    static Map<String, Map<String, Double>> of(Results results) {
        int models = results.models().size();
        int items = results.items().size();
        double[][] sum = new double[models][items];
        int[][] count = new int[models][items];
        for (int row = 0; row < results.size(); row++) {
            sum[results.model(row)][results.item(row)] += results.score(row);
            count[results.model(row)][results.item(row)]++;
        }
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (int m = 0; m < models; m++) {
            Map<String, Double> perItem = new LinkedHashMap<>();
            for (int i = 0; i < items; i++) {
                if (count[m][i] > 0) {
                    perItem.put(results.items().get(i), sum[m][i] / count[m][i]);
                }
            }
            out.put(results.models().get(m), perItem);
        }
        return out;
    }
}
