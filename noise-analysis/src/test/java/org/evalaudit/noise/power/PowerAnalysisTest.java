package org.evalaudit.noise.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PowerAnalysisTest {

    /** Miller (2024, arXiv 2411.00640) section 5: omega^2 = 1/9, delta = 3 points, alpha 0.05, power 0.8 -> 969 items. */
    @Test
    void millersSampleSizeExample() {
        assertEquals(969, PowerAnalysis.itemsNeeded(0.03, new VarianceComponents(1.0 / 9, 0, 0), 1, 0.05, 0.8));
    }

    /**
     * Miller section 5: n = 198 (GPQA Diamond), sigma_A^2 = sigma_B^2 = 1/6, omega^2 = 1/9: the MDE is 13.27%
     * with one answer per item and 7.57% with K = 10.
     */
    @ParameterizedTest
    @CsvSource({"1,13.27", "10,7.57"})
    void millersMinimumDetectableEffects(int samples, double percent) {
        VarianceComponents v = new VarianceComponents(1.0 / 9, 1.0 / 6, 1.0 / 6);
        assertEquals(percent, 100 * PowerAnalysis.minimumDetectableEffect(198, v, samples, 0.05, 0.8), 0.005);
    }

    /** Eq. 9 and 10 invert each other: the MDE at the items needed is at most the target, one item fewer misses it. */
    @ParameterizedTest
    @CsvSource({"0.7,0.02,0.5,1,0", "0.5,0.05,0.0,1,0", "0.9,0.01,0.3,4,0.5", "0.3,0.03,0.6,10,0.4"})
    void itemsNeededAndMdeAreInverse(double accuracy, double mde, double correlation, int samples, double within) {
        Plan plan = PowerAnalysis.plan(new PlanRequest(accuracy, mde, 0.8, 0.05, correlation, samples, within));
        assertTrue(plan.mdeAt(plan.itemsNeeded()) <= mde + 1e-12);
        assertTrue(plan.mdeAt(plan.itemsNeeded() - 1) > mde);
        assertEquals(PowerAnalysis.multiplier(0.05, 0.8) * plan.seDifferenceAt(1000), plan.mdeAt(1000), 1e-15);
    }

    /**
     * With one answer per item the difference of two 0/1 models of accuracy p and correlation rho varies by
     * 2 p (1 - p)(1 - rho) per item, whatever the within-item share: the textbook paired-proportion formula.
     */
    @Test
    void oneSampleGivesThePairedProportionVariance() {
        for (double within : new double[] {0, 0.2, 0.5}) {
            assertEquals(2 * 0.21 * 0.5, VarianceComponents.ofAccuracy(0.7, 0.5, within).differenceVariance(1), 1e-15);
        }
    }

    /** More answers per item help only by the within-item share; with greedy answers (share 0) not at all. */
    @Test
    void moreSamplesShrinkOnlyTheWithinItemPart() {
        PlanRequest greedy = new PlanRequest(0.7, 0.02, 0.8, 0.05, 0.5, 10, 0.0);
        PlanRequest sampled = new PlanRequest(0.7, 0.02, 0.8, 0.05, 0.5, 10, 0.3);
        long once = PowerAnalysis.plan(PlanRequest.of(0.7, 0.02)).itemsNeeded();
        assertEquals(once, PowerAnalysis.plan(greedy).itemsNeeded());
        // per item, in units of 2 p(1-p): omega^2 = 1 - 0.3 - 0.5 = 0.2, within 0.3 / 10 = 0.03; one sample: 0.5
        double ratio = (0.2 + 0.03) / 0.5;
        assertEquals(once * ratio, PowerAnalysis.plan(sampled).itemsNeeded(), 2);
    }

    /** The `evalaudit plan` example of the issue: 70% accuracy, 2 points, defaults. */
    @Test
    void planWithDefaults() {
        Plan plan = PowerAnalysis.plan(PlanRequest.of(0.7, 0.02));
        double z = 1.959963984540054 + 0.8416212335729143;
        assertEquals((long) Math.ceil(z * z * 2 * 0.21 * 0.5 / 0.0004), plan.itemsNeeded());
    }

    @Test
    void impossibleAssumptionsAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VarianceComponents.ofAccuracy(0.7, 0.8, 0.5));
        assertTrue(e.getMessage().contains("within-item share"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VarianceComponents.ofAccuracy(1.0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlanRequest(0.7, 0, 0.8, 0.05, 0.5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> PowerAnalysis.multiplier(0.05, 1.0));
    }

    @Test
    void aCorrelationOfOneIsRefusedRatherThanAnsweredWithOneItem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PlanRequest(0.9, 0.02, 0.8, 0.05, 1.0, 1, 0.0));
        assertTrue(e.getMessage().contains("correlation must be below 1"), e.getMessage());
    }
}
