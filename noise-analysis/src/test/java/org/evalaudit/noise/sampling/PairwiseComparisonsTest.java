package org.evalaudit.noise.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.evalaudit.noise.stats.Distributions;
import org.evalaudit.noise.stats.Moments;
import org.evalaudit.noise.stats.StandardErrors;
import org.evalaudit.noise.testing.Synthetic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairwiseComparisonsTest {

    /** Miller eq. 7-8: SE_diff^2 = SE_A^2 + SE_B^2 - 2 Cov(a, b) / n = Var(a - b) / n. */
    @ParameterizedTest
    @ValueSource(longs = {71, 72, 73})
    void seDiffIsMillersPairedStandardError(long seed) {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(seed), 500, 0.7, 0.65);
        PairComparison p = PairwiseComparisons.compare("a", s[0], "b", s[1]);
        double seA = StandardErrors.clt(s[0]);
        double seB = StandardErrors.clt(s[1]);
        double cov = 0;
        Moments ma = Moments.of(s[0]);
        Moments mb = Moments.of(s[1]);
        double[] d = new double[500];
        for (int i = 0; i < 500; i++) {
            cov += (s[0][i] - ma.mean()) * (s[1][i] - mb.mean()) / 499;
            d[i] = s[0][i] - s[1][i];
        }
        assertEquals(Math.sqrt(seA * seA + seB * seB - 2 * cov / 500), p.seDiff(), 1e-14);
        assertEquals(StandardErrors.clt(d), p.seDiff(), 1e-14);
        assertEquals(cov / Math.sqrt(ma.sampleVariance() * mb.sampleVariance()), p.correlation(), 1e-14);
        assertTrue(p.correlation() > 0.1, "shared difficulty correlates the models");
        assertTrue(p.seDiff() < Math.sqrt(seA * seA + seB * seB), "pairing removes shared variance");
    }

    /** Models that answered everything take a dot-product shortcut; it must agree with the masked path. */
    @Test
    void completeRowsAndRowsWithGapsGiveTheSameAnswer() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(3), 300, 0.6, 0.5);
        double[] a = Arrays.copyOf(s[0], 301);
        double[] b = Arrays.copyOf(s[1], 301);
        a[300] = Double.NaN;
        b[300] = 1;
        PairComparison fast = PairwiseComparisons.compare("a", s[0], "b", s[1]);
        PairComparison masked = PairwiseComparisons.compare("a", a, "b", b);
        assertEquals(300, masked.n());
        assertEquals(fast.seDiff(), masked.seDiff(), 1e-15);
        assertEquals(fast.correlation(), masked.correlation(), 1e-13);
        assertEquals(fast.pValue(), masked.pValue(), 1e-15);
        assertEquals(fast.aOnly(), masked.aOnly(), 1e-9);
    }

    /** 7 items only A solves, 1 only B solves: exact sign test 2 * (1 + 8) / 256 (McNemar's exact test). */
    @Test
    void zeroOneScoresUseTheExactSignTestOnDiscordantItems() {
        double[] a = {1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0};
        double[] b = {0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0};
        PairComparison p = PairwiseComparisons.compare("a", a, "b", b);
        assertEquals(PairComparison.Test.SIGN, p.test());
        assertEquals(7, p.aOnly(), 1e-12);
        assertEquals(1, p.bOnly(), 1e-12);
        assertEquals(18 / 256.0, p.pValue(), 1e-15);
        assertEquals(6 / 12.0, p.diff(), 1e-15);
    }

    @Test
    void fractionalScoresUseThePairedTTest() {
        double[] a = {0.2, 0.4, 0.6, 0.8, 1.0, 0.6};
        double[] b = {0.0, 0.4, 0.4, 0.6, 1.0, 0.2};
        PairComparison p = PairwiseComparisons.compare("a", a, "b", b);
        assertEquals(PairComparison.Test.PAIRED_T, p.test());
        assertEquals(Distributions.studentTTwoSided(p.diff() / p.seDiff(), 5), p.pValue(), 1e-15);
    }

    @Test
    void pairsWithoutSharedItemsAreNeverDistinguishable() {
        PairComparison p = PairwiseComparisons.compare("a", new double[] {1, Double.NaN}, "b", new double[] {Double.NaN, 0});
        assertEquals(0, p.n());
        assertEquals(PairComparison.Test.NONE, p.test());
        assertEquals(1.0, p.pValue());
    }

    /**
     * Property: under the null (both models have the same per-item success probability) the paired t test's
     * p-values are uniform: Kolmogorov-Smirnov against U(0, 1) does not reject at 1%.
     */
    @ParameterizedTest
    @ValueSource(longs = {81, 82, 83})
    void pairedTPValuesAreUniformUnderTheNull(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[1000];
        for (int trial = 0; trial < p.length; trial++) {
            double[] a = new double[200];
            double[] b = new double[200];
            for (int i = 0; i < a.length; i++) {
                double q = random.nextDouble();
                a[i] = binomial(random, 5, q) / 5.0;
                b[i] = binomial(random, 5, q) / 5.0;
            }
            p[trial] = PairwiseComparisons.compare("a", a, "b", b).pValue();
        }
        double ks = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), p);
        assertTrue(ks > 0.01, "KS p-value " + ks);
    }

    /**
     * Property: the sign test is discrete, so its p-values cannot be exactly uniform, but under the null it
     * rejects at most as often as alpha says (plus Monte Carlo error) and not much less.
     */
    @ParameterizedTest
    @ValueSource(longs = {91, 92})
    void signTestKeepsItsLevelUnderTheNull(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int trials = 4000;
        int[] rejected = new int[3];
        double[] alphas = {0.01, 0.05, 0.10};
        for (int trial = 0; trial < trials; trial++) {
            double[][] s = Synthetic.correlatedBinary(random, 400, 0.6, 0.6);
            double p = PairwiseComparisons.compare("a", s[0], "b", s[1]).pValue();
            for (int k = 0; k < alphas.length; k++) {
                rejected[k] += p <= alphas[k] ? 1 : 0;
            }
        }
        for (int k = 0; k < alphas.length; k++) {
            double rate = rejected[k] / (double) trials;
            double mcError = 3 * Math.sqrt(alphas[k] * (1 - alphas[k]) / trials);
            assertTrue(rate <= alphas[k] + mcError, "rate " + rate + " at alpha " + alphas[k]);
            assertTrue(rate >= alphas[k] / 2, "rate " + rate + " at alpha " + alphas[k] + " is far too conservative");
        }
    }

    private static int binomial(SplittableRandom random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }
}
