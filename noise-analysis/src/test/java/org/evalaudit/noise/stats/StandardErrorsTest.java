package org.evalaudit.noise.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardErrorsTest {

    /** For 0/1 scores the sample variance is p(1-p) n/(n-1), so SE_CLT = sqrt(p(1-p)/(n-1)) (Miller eq. 3 with n-1). */
    @Test
    void cltOfZeroOneScoresIsTheBernoulliFormula() {
        double[] scores = new double[40];
        Arrays.fill(scores, 0, 30, 1.0);
        assertEquals(Math.sqrt(0.75 * 0.25 / 39), StandardErrors.clt(scores), 1e-15);
    }

    @Test
    void missingItemsAreSkipped() {
        assertEquals(StandardErrors.clt(new double[] {1, 0, 1, 1}),
                StandardErrors.clt(new double[] {1, Double.NaN, 0, 1, Double.NaN, 1}), 0);
    }

    /** Property: quadrupling the items halves the SE (up to sampling error of the variance estimate). */
    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void shrinksAsOneOverRootN(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double p = 0.2 + 0.6 * random.nextDouble();
        double small = StandardErrors.clt(bernoulli(random, 2_000, p));
        double large = StandardErrors.clt(bernoulli(random, 32_000, p));
        assertEquals(0.25, large / small, 0.02, "SE ratio for 16x the items should be 1/4");
        assertEquals(Math.sqrt(p * (1 - p) / 32_000), large, 0.05 * large);
    }

    /** Property (Miller eq. 4): with every item its own cluster the cross terms vanish, SE_clustered = SE_CLT. */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void clusteredEqualsCltWhenEveryItemIsItsOwnCluster(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 50 + random.nextInt(500);
        double[] scores = new double[n];
        int[] own = new int[n];
        int[] none = new int[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble() < 0.1 ? Double.NaN : random.nextInt(2);
            own[i] = i;
            none[i] = -1;
        }
        double clt = StandardErrors.clt(scores);
        StandardErrors.Clustered byItem = StandardErrors.clustered(scores, own, n);
        assertEquals(clt, byItem.se(), 1e-15);
        assertEquals(Moments.of(scores).n(), byItem.clusters());
        assertEquals(clt, StandardErrors.clustered(scores, none, 0).se(), 1e-15);
    }

    /**
     * Hand-computed example of eq. 4: scores 1,1,0,0 in clusters {0,1} and {2,3}. mean 1/2, residuals
     * +-1/2; SE_CLT^2 = 1 / (4*3) = 1/12; cross terms 2 * (1/4) per cluster, 1 in all, over n^2 = 16.
     */
    @Test
    void clusteredWorkedExample() {
        StandardErrors.Clustered se = StandardErrors.clustered(new double[] {1, 1, 0, 0}, new int[] {0, 0, 1, 1}, 2);
        assertEquals(Math.sqrt(1.0 / 12 + 1.0 / 16), se.se(), 1e-15);
        assertEquals(2, se.clusters());
    }

    /** Property: items that share a cluster effect get a larger clustered SE than the independent-item SE. */
    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void clusterEffectsWidenTheStandardError(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int clusters = 40;
        int perCluster = 10;
        double[] scores = new double[clusters * perCluster];
        int[] cluster = new int[scores.length];
        for (int c = 0; c < clusters; c++) {
            double p = random.nextDouble();
            for (int j = 0; j < perCluster; j++) {
                int i = c * perCluster + j;
                scores[i] = random.nextDouble() < p ? 1 : 0;
                cluster[i] = c;
            }
        }
        StandardErrors.Clustered se = StandardErrors.clustered(scores, cluster, clusters);
        assertEquals(clusters, se.clusters());
        assertTrue(se.se() > 1.5 * StandardErrors.clt(scores), se.se() + " vs " + StandardErrors.clt(scores));
    }

    static double[] bernoulli(SplittableRandom random, int n, double p) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() < p ? 1 : 0;
        }
        return x;
    }
}
