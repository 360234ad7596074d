package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyStateModelTest {

    /**
     * Calibrated evidence: a log-likelihood ratio L ~ N(+m, 2m) when the gold is wrong and N(-m, 2m) when it
     * is right (then E[e^L | right] = 1, as for any true likelihood ratio), m = 3. Four golds in five are
     * wrong in [runFrom, runTo) (every fifth right: a random draw of 25 can hold as few as half, which is
     * not the stretch the tests mean) and a random 2 % elsewhere.
     */
    private static double[] evidence(SplittableRandom random, int n, int runFrom, int runTo) {
        return evidence(random, n, runFrom, runTo, 3);
    }

    private static double[] evidence(SplittableRandom random, int n, int runFrom, int runTo, double m) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            boolean wrong = i >= runFrom && i < runTo ? (i - runFrom) % 5 != 4 : random.nextDouble() < 0.02;
            e[i] = (wrong ? m : -m) + Math.sqrt(2 * m) * gaussian(random);
        }
        return e;
    }

    /**
     * Noise-free evidence: -3 for a right gold, +3 for every 50th item (a 2 % background of wrong keys), and a
     * real stretch at 1230-1259 (+4, every fifth item right).
     */
    private static double[] noiseFreeWithStretch(int n) {
        double[] e = new double[n];
        Arrays.fill(e, -3);
        for (int i = 0; i < n; i += 50) {
            e[i] = 3;
        }
        for (int i = 1230; i < 1260; i++) {
            e[i] = (i - 1230) % 5 != 4 ? 4 : -3;
        }
        return e;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static int[] chains(int n, int size) {
        int[] chain = new int[n];
        for (int i = 0; i < n; i++) {
            chain[i] = i / size;
        }
        return chain;
    }

    /**
     * A diffuse region: 25 items in a row whose evidence leans only slightly toward a wrong gold (+0.5 nats),
     * beside a real stretch elsewhere. No single stretch over them beats the aligned path, so the most likely
     * path leaves them aligned, yet their many possible boundaries give the corrupted state most of the
     * posterior mass (0.89 before the rule). The chain keeps no stretch, so none of its items may stay more
     * likely corrupted than not; the real stretch stays. Noise-free evidence, so the case does not hang on a
     * draw.
     */
    @Test
    void aDiffuseRegionOffTheMostLikelyPathDoesNotOutliveTheStretchTest() {
        int n = 3000;
        double[] e = noiseFreeWithStretch(n);
        Arrays.fill(e, 2520, 2545, 0.5);
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        for (int i = 2500; i < 2600; i++) {
            assertTrue(model.corruptedPosterior(i) < 0.5, "item " + i + " of the diffuse region's chain");
        }
        for (int i = 1232; i < 1258; i++) {
            assertTrue(model.corruptedPosterior(i) > 0.5, "item " + i + " of the real stretch");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsAPlantedCorruptedStretch(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        double[] e = evidence(random, n, 1230, 1255);
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        double inside = 0;
        for (int i = 1232; i < 1253; i++) {
            inside += model.corruptedPosterior(i) / 21;
        }
        assertTrue(inside > 0.5, "the stretch is more likely corrupted than not: " + inside);
        for (int i = 0; i < n; i++) {
            if (i < 1200 || i >= 1300) {
                assertTrue(model.corruptedPosterior(i) < 0.5, "item " + i + " far from the stretch");
            }
        }
        assertEquals(1.0 / (1 + KeyStateModel.PERMUTATIONS), model.stretchPValue(12), 1e-12,
                "no shuffle of the subject's items gives a run as strong");
        assertTrue(Double.isNaN(model.stretchPValue(11)), "a chain that keeps no stretch has no p-value");
    }

    /**
     * Dense wrong keys that do not come in runs: every second item of one subject has evidence +3 (noise-free),
     * beside a real stretch elsewhere. The subject keeps its stretches (it is a region of many wrong keys, and the
     * ranking should say so), but shuffles of its items give as much gain as its order does, so its permutation
     * p-value is large, while the real stretch's is the smallest 99 shuffles can give.
     */
    @Test
    void denseWrongKeysWithoutRunsKeepTheirStretchesWithALargePermutationPValue() {
        int n = 3000;
        double[] e = noiseFreeWithStretch(n);
        for (int i = 2500; i < 2600; i += 2) {
            e[i] = 3;
        }
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        assertTrue(model.corruptedPosterior(2550) > 0.5, "the dense subject is kept as a region of wrong keys");
        assertTrue(model.stretchPValue(25) >= 0.05, "not runs: p = " + model.stretchPValue(25));
        assertEquals(0.01, model.stretchPValue(12), 1e-12);
        assertEquals(model.stretchPValue(25), KeyStateModel.fit(e, chains(n, 100)).stretchPValue(25),
                "seeded: the same data give the same p");
    }

    /**
     * A short run of moderately strong evidence beside a real stretch: the fit makes it a stretch, and the
     * stretch test, which asks log n nats of gain, returns it to the aligned state; the real stretch stays.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void theStretchTestDropsAShortChanceRunAndKeepsARealStretch(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        double[] e = evidence(random, n, 1230, 1260, 4);
        Arrays.fill(e, 2500, 2505, 3.0);
        KeyStateModel tested = KeyStateModel.fit(e, chains(n, 100));
        KeyStateModel untested = KeyStateModel.fit(e, chains(n, 100), false);
        for (int i = 2501; i < 2504; i++) {
            assertTrue(untested.corruptedPosterior(i) > 0.5, "without the test the run is a stretch: " + i);
            assertEquals(0, tested.corruptedPosterior(i), "the run is not significant: " + i);
        }
        double inside = 0;
        for (int i = 1232; i < 1258; i++) {
            inside += tested.corruptedPosterior(i) / 26;
        }
        assertTrue(inside > 0.5, "the real stretch is kept: " + inside);
    }

    /** When the stretch test leaves no stretch, no item keeps any share of the corrupted state. */
    @ParameterizedTest
    @ValueSource(longs = {14, 15})
    void withOnlyAChanceRunEveryItemIsAligned(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        double[] e = evidence(random, n, 0, 0);
        Arrays.fill(e, 2500, 2505, 3.0);
        KeyStateModel tested = KeyStateModel.fit(e, chains(n, 100));
        KeyStateModel untested = KeyStateModel.fit(e, chains(n, 100), false);
        assertTrue(untested.corruptedPosterior(2502) > 0.5, "without the test the run is a stretch");
        for (int i = 0; i < n; i++) {
            assertEquals(0, tested.corruptedPosterior(i), "item " + i);
        }
    }

    /**
     * A chain's stretches are tested together: five short runs in one subject (a densely damaged key) stay,
     * while the same run alone in another subject is dropped.
     */
    @ParameterizedTest
    @ValueSource(longs = {16, 17})
    void aChainsShortStretchesAreTestedTogether(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        double[] e = evidence(random, n, 0, 0);
        for (int run = 0; run < 5; run++) {
            Arrays.fill(e, 2500 + 20 * run, 2505 + 20 * run, 3.0);
        }
        Arrays.fill(e, 1000, 1005, 3.0);
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        for (int run = 0; run < 5; run++) {
            assertTrue(model.corruptedPosterior(2502 + 20 * run) > 0.5, "run " + run + " of the damaged subject");
        }
        assertEquals(0, model.corruptedPosterior(1002), "the lone run elsewhere");
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 7})
    void withoutStretchesItReducesToOneErrorRate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        double[] e = evidence(random, n, 0, 0);
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        double prior = Special.logit(model.alignedErrorRate());
        for (int i = 0; i < n; i++) {
            assertEquals(prior + e[i], model.logOddsWrong(i, e[i]), 0.05, "item " + i);
        }
        assertEquals(0.02, model.alignedErrorRate(), 0.01);
    }

    @ParameterizedTest
    @ValueSource(longs = {8, 9})
    void pooledEvidenceLiftsTheWeakItemsOfAStretchAboveEqualEvidenceElsewhere(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2000;
        double[] e = evidence(random, n, 500, 530);
        e[510] = 0;
        e[1500] = 0;
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        assertTrue(model.logOddsWrong(510, e[510]) > model.logOddsWrong(1500, e[1500]) + 2,
                model.logOddsWrong(510, e[510]) + " vs " + model.logOddsWrong(1500, e[1500]));
    }

    @ParameterizedTest
    @ValueSource(longs = {13, 14})
    void moreRankEvidenceNeverLowersTheLogOdds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1000;
        double[] e = evidence(random, n, 300, 325);
        KeyStateModel model = KeyStateModel.fit(e, chains(n, 100));
        for (int t = 0; t < 200; t++) {
            int i = random.nextInt(n);
            double x = -10 + 20 * random.nextDouble();
            double y = x + 0.01 + 5 * random.nextDouble();
            assertTrue(model.logOddsWrong(i, y) > model.logOddsWrong(i, x), "item " + i + " at " + x + " and " + y);
        }
    }

    /**
     * Without stretches the key state is aligned everywhere, so the posterior log-odds of any evidence x is
     * logit(eps_aligned) + x (Bayes' rule with the aligned error rate as the prior).
     */
    @ParameterizedTest
    @ValueSource(longs = {15})
    void withoutStretchesTheRankEvidenceAddsToThePriorLogOdds(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3000;
        KeyStateModel model = KeyStateModel.fit(evidence(random, n, 0, 0), chains(n, 100));
        double prior = Special.logit(model.alignedErrorRate());
        for (int i = 0; i < n; i += 37) {
            assertEquals(prior + 2.5, model.logOddsWrong(i, 2.5), 0.05, "item " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {10})
    void keepsNearCertainItemsApartInLogSpace(long seed) {
        double[] e = evidence(new SplittableRandom(seed), 200, 0, 0);
        e[50] = 40;
        e[150] = 45;
        KeyStateModel model = KeyStateModel.fit(e, chains(200, 100));
        assertTrue(model.logOddsWrong(150, e[150]) > model.logOddsWrong(50, e[50]) + 4, "no tie at probability 1");
    }
}
