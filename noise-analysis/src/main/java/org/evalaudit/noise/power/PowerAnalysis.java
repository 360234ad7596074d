package org.evalaudit.noise.power;

import org.evalaudit.noise.stats.Distributions;

/**
 * Sample size and minimum detectable effect of a paired two-model comparison, Miller (2024, arXiv
 * 2411.00640, section 5, eq. 9 and 10), for a two-sided test at level alpha with the given power:
 * <pre>
 *   n   = (z_{1-alpha/2} + z_{power})^2 (omega^2 + (sigma_A^2 + sigma_B^2)/K) / delta^2        (eq. 9)
 *   MDE = (z_{1-alpha/2} + z_{power}) sqrt( (omega^2 + (sigma_A^2 + sigma_B^2)/K) / n )       (eq. 10)
 * </pre>
 * Miller's worked numbers are reproduced in the tests: n = 969 for omega^2 = 1/9, delta = 0.03; and
 * MDE = 13.27% (K = 1) and 7.57% (K = 10) for n = 198, sigma^2 = 1/6, omega^2 = 1/9.
 */
public final class PowerAnalysis {
    private PowerAnalysis() {
    }

    /** z_{1-alpha/2} + z_{power}: how many standard errors a difference must be to be detected. */
    public static double multiplier(double alpha, double power) {
        if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("alpha and power must be in (0, 1), got " + alpha + ", " + power);
        }
        return Distributions.normalQuantile(1 - alpha / 2) + Distributions.normalQuantile(power);
    }

    /** Miller eq. 9, rounded up: items needed to detect a true difference {@code effect} (a fraction). */
    public static long itemsNeeded(double effect, VarianceComponents variance, int samples, double alpha, double power) {
        if (!(effect > 0)) {
            throw new IllegalArgumentException("effect must be > 0, got " + effect);
        }
        double z = multiplier(alpha, power);
        // subtract a hair so that an exact integer (up to rounding) is not pushed to the next one
        return Math.max(1L, (long) Math.ceil(z * z * variance.differenceVariance(samples) / (effect * effect) - 1e-9));
    }

    /** Miller eq. 10: the smallest true difference that {@code items} items detect with this power. */
    public static double minimumDetectableEffect(long items, VarianceComponents variance, int samples,
                                                 double alpha, double power) {
        if (items < 1) {
            throw new IllegalArgumentException("items must be >= 1, got " + items);
        }
        return multiplier(alpha, power) * Math.sqrt(variance.differenceVariance(samples) / items);
    }

    /**
     * The MDE of a comparison whose difference has an observed standard error: (z_{1-alpha/2} + z_power) SE,
     * which is eq. 10 with the observed n SE^2 in place of omega^2 + (sigma_A^2 + sigma_B^2)/K.
     */
    public static double minimumDetectableEffect(double seDifference, double alpha, double power) {
        return multiplier(alpha, power) * seDifference;
    }

    /** Answers a planning question without data ({@code evalaudit plan}). */
    public static Plan plan(PlanRequest request) {
        VarianceComponents variance = VarianceComponents.ofAccuracy(request.accuracy(), request.correlation(),
                request.withinShare());
        long items = itemsNeeded(request.mde(), variance, request.samples(), request.alpha(), request.power());
        return new Plan(request, variance, items);
    }
}
