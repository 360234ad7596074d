package org.evalaudit.noise.confident;

import java.util.List;

/**
 * What confident learning found.
 *
 * @param thresholds per choice position (0 = A), the mean probability of that choice over the items whose
 *     gold it is; NaN for a position that is never the gold
 * @param confidentJoint counts of items by gold (row) and confident choice (column)
 * @param items every item with probabilities: issues first, then the rest, each by self-confidence
 *     ascending (most suspect first), ties in benchmark order
 * @param estimatedErrors the number of wrong golds the calibrated joint implies
 */
public record ConfidentLearningResult(double[] thresholds, long[][] confidentJoint, List<ItemConfidence> items,
                                      double estimatedErrors) {
    public ConfidentLearningResult {
        items = List.copyOf(items);
    }

    public List<ItemConfidence> issues() {
        return items.stream().filter(ItemConfidence::isIssue).toList();
    }

    /** Estimated share of items with a wrong gold, or NaN without items. */
    public double estimatedErrorRate() {
        return items.isEmpty() ? Double.NaN : estimatedErrors / items.size();
    }
}
