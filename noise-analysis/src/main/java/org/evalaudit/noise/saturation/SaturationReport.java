package org.evalaudit.noise.saturation;

/**
 * How saturated a benchmark is.
 *
 * @param ceiling the best attainable mean score: 1 minus the label-error rate
 * @param bestModel the model with the best mean
 * @param best its mean score
 * @param bestSe its standard error (clustered when items carry clusters)
 * @param headroomSe (ceiling - best) / bestSe: how many standard errors of room are left
 * @param solvedByAll share of items every model that answered it solves
 * @param solvedByNone share of items no model solves (too hard, or a wrong gold label)
 * @param items items answered by at least one model
 * @param trend the state-of-the-art trend, or null without two dated frontier models
 */
public record SaturationReport(double ceiling, String bestModel, double best, double bestSe, double headroomSe,
                               double solvedByAll, double solvedByNone, int items, SaturationTrend trend) {

    /** ceiling - best, in percentage points. */
    public double headroomPoints() {
        return (ceiling - best) * 100;
    }
}
