package org.evalaudit.noise.labels.bench;

import java.util.List;

/**
 * Precision, recall and average precision of a ranking against binary truth. Average precision is the
 * mean, over the positives, of the precision at each positive's rank (Manning, Raghavan and Schütze 2008,
 * §8.4): the area under the precision-recall curve of a ranking with no ties.
 *
 * @param precisionAt50 share of positives among the first 50
 * @param precisionAt100 share of positives among the first 100
 * @param recallAt200 share of all positives found in the first 200
 * @param averagePrecision average precision; NaN without positives
 */
public record RankingMetrics(double precisionAt50, double precisionAt100, double recallAt200,
                             double averagePrecision) {

    /** Metrics of a ranking given as the truth of each ranked item, best first. */
    public static RankingMetrics of(boolean[] relevantInRankOrder) {
        int n = relevantInRankOrder.length;
        int positives = 0;
        for (boolean r : relevantInRankOrder) {
            positives += r ? 1 : 0;
        }
        int hits = 0;
        double precisionSum = 0;
        int at50 = 0;
        int at100 = 0;
        int at200 = 0;
        for (int k = 0; k < n; k++) {
            if (relevantInRankOrder[k]) {
                hits++;
                precisionSum += hits / (double) (k + 1);
            }
            if (k == 49) {
                at50 = hits;
            }
            if (k == 99) {
                at100 = hits;
            }
            if (k == 199) {
                at200 = hits;
            }
        }
        at50 = n < 50 ? hits : at50;
        at100 = n < 100 ? hits : at100;
        at200 = n < 200 ? hits : at200;
        return new RankingMetrics(at50 / 50.0, at100 / 100.0, positives == 0 ? Double.NaN : at200 / (double) positives,
                positives == 0 ? Double.NaN : precisionSum / positives);
    }

    /** Metrics of a ranking given as the truth of each ranked item, best first. */
    public static RankingMetrics of(List<Boolean> relevantInRankOrder) {
        boolean[] flags = new boolean[relevantInRankOrder.size()];
        for (int k = 0; k < flags.length; k++) {
            flags[k] = relevantInRankOrder.get(k);
        }
        return of(flags);
    }

    /** The value of a named metric: P@50, P@100, R@200 or AP. */
    public double get(String metric) {
        return switch (metric) {
            case "P@50" -> precisionAt50;
            case "P@100" -> precisionAt100;
            case "R@200" -> recallAt200;
            case "AP" -> averagePrecision;
            default -> throw new IllegalArgumentException("unknown metric " + metric);
        };
    }
}
