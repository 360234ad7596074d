package org.evalaudit.noise.power;

/**
 * The answer to a {@link PlanRequest}.
 *
 * @param request the question
 * @param variance the variance components it implies
 * @param itemsNeeded items needed to detect {@code request.mde()} (Miller eq. 9, rounded up)
 */
public record Plan(PlanRequest request, VarianceComponents variance, long itemsNeeded) {

    /** The smallest difference {@code items} items detect under the same assumptions (Miller eq. 10). */
    public double mdeAt(long items) {
        return PowerAnalysis.minimumDetectableEffect(items, variance, request.samples(), request.alpha(),
                request.power());
    }

    /** The standard error of the paired difference with {@code items} items: sqrt(variance / n). */
    public double seDifferenceAt(long items) {
        return Math.sqrt(variance.differenceVariance(request.samples()) / items);
    }
}
