package org.evalaudit.noise.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.matrix.ScoreMatrix;
import org.evalaudit.noise.power.PowerAnalysis;
import org.evalaudit.noise.power.VarianceComponents;
import org.evalaudit.noise.stats.Wilson;
import org.evalaudit.noise.testing.Synthetic;
import org.junit.jupiter.api.Test;

class SamplingNoiseTest {

    /** Three tiers of models, far apart on 3,000 items: the leaderboard finds exactly these tied groups. */
    /**
     * With four models there are six pairs, an even number: the MDE is the mean of the two middle pair MDEs,
     * each (z_{1-alpha/2} + z_power) SE_diff. Two models with the same mean are ranked by name.
     */
    @Test
    void theMdeIsTheMedianPairsAndTiesAreRankedByName() {
        Results.Builder b = Results.builder();
        SplittableRandom random = new SplittableRandom(5);
        double[] accuracy = {0.5, 0.7, 0.7, 0.9};
        String[] names = {"w", "z", "y", "x"};
        for (int i = 0; i < 200; i++) {
            for (int m = 0; m < 4; m++) {
                boolean right = m == 1 || m == 2 ? i % 10 < 7 : random.nextDouble() < accuracy[m];
                b.add("q" + i, names[m], "", 0, null, null, right ? 1 : 0);
            }
        }
        SamplingSettings settings = SamplingSettings.defaults();
        SamplingNoiseReport r = SamplingNoise.analyze(b.build(), null, settings);
        List<String> ranked = r.models().stream().map(ModelScore::model).toList();
        assertEquals(List.of("y", "z"), ranked.subList(ranked.indexOf("y"), ranked.indexOf("y") + 2),
                "equal means (0.7): by name");
        double[] mdes = r.pairs().stream().mapToDouble(p -> PowerAnalysis.minimumDetectableEffect(p.seDiff(),
                settings.alpha(), settings.power())).sorted().toArray();
        assertEquals(6, mdes.length);
        assertEquals((mdes[2] + mdes[3]) / 2, r.mde(), 1e-12);
    }

    /**
     * Models are ranked by mean score, not by name (here the names run the other way), and items of the
     * benchmark that no model answered do not count as items.
     */
    @Test
    void modelsAreRankedByMeanAndUnansweredItemsAreNotCounted() {
        List<Item> items = new ArrayList<>();
        Results.Builder b = Results.builder();
        for (int i = 0; i < 12; i++) {
            items.add(Item.of("q" + i, "question " + i, List.of(), "x"));
        }
        int[] right = {2, 5, 8};
        String[] names = {"a", "b", "c"};
        for (int m = 0; m < 3; m++) {
            for (int i = 0; i < 10; i++) {
                b.add("q" + i, names[m], "", 0, null, null, i < right[m] ? 1 : 0);
            }
        }
        SamplingNoiseReport r = SamplingNoise.analyze(b.build(), new Benchmark("b", items), SamplingSettings.defaults());
        assertEquals(List.of("c", "b", "a"), r.models().stream().map(ModelScore::model).toList());
        assertEquals(List.of(0.8, 0.5, 0.2), r.models().stream().map(ModelScore::mean).toList());
        assertEquals(10, r.items(), "q10 and q11 have no response");
    }

    @Test
    void leaderboardGroupsStatisticalTies() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(1), 3000, 0.9, 0.895, 0.6, 0.605, 0.3);
        SamplingNoiseReport r = SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults());
        List<String> order = r.leaderboard().entries().stream().map(Leaderboard.Entry::model).toList();
        List<Integer> groups = r.leaderboard().entries().stream().map(Leaderboard.Entry::group).toList();
        assertEquals(List.of("m0", "m1"), order.subList(0, 2).stream().sorted().toList());
        assertEquals(List.of(1, 1, 2, 2, 3), groups);
        assertEquals(3, r.leaderboard().groups());
        assertEquals(2, r.ties());
        assertEquals(8 / 10.0, r.shareDistinguishable(), 1e-15);
    }

    @Test
    void theVerdictFollowsTheChosenAdjustment() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(2), 400, 0.7, 0.66, 0.62, 0.6, 0.55, 0.5);
        for (String adjust : List.of("holm", "bh")) {
            SamplingSettings settings = SamplingSettings.from(new AuditOptions(Map.of("sampling-noise.adjust", adjust)));
            for (PairComparison p : SamplingNoise.analyze(Synthetic.results(s), null, settings).pairs()) {
                assertTrue(p.pHolm() >= p.pValue() && p.pBh() >= p.pValue() && p.pHolm() >= p.pBh());
                assertEquals((adjust.equals("holm") ? p.pHolm() : p.pBh()) < 0.05, p.distinguishable());
                assertTrue(p.meanA() >= p.meanB(), "pairs are oriented by rank");
            }
        }
    }

    @Test
    void mdeIsTheMedianPairMde() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(3), 500, 0.7, 0.6, 0.5);
        SamplingNoiseReport r = SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults());
        double[] se = r.pairs().stream().mapToDouble(PairComparison::seDiff).sorted().toArray();
        assertEquals(PowerAnalysis.multiplier(0.05, 0.8) * se[1], r.mde(), 1e-15);
    }

    /** Items for a 2-point difference: Miller eq. 9 with the median pair's per-item difference variance n SE^2. */
    @Test
    void itemsNeededForTheTargetEffect() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(3), 500, 0.7, 0.6, 0.5);
        SamplingNoiseReport r = SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults());
        double[] v = r.pairs().stream().mapToDouble(p -> p.n() * p.seDiff() * p.seDiff()).sorted().toArray();
        assertEquals(PowerAnalysis.itemsNeeded(0.02, new VarianceComponents(v[1], 0, 0), 1, 0.05, 0.8),
                r.itemsForTarget().getAsLong());
        SamplingSettings fivePoints = SamplingSettings.from(new AuditOptions(Map.of("sampling-noise.target-points", "5")));
        long fewer = SamplingNoise.analyze(Synthetic.results(s), null, fivePoints).itemsForTarget().getAsLong();
        assertEquals(r.itemsForTarget().getAsLong() * 4 / 25.0, fewer, 1, "items scale with 1 / effect^2");
    }

    /** One model: the MDE is for a comparison with an uncorrelated model of the same variance: 2.80 sqrt(2) SE. */
    @Test
    void singleModelMdeAssumesAnIndependentTwin() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(4), 500, 0.7);
        SamplingNoiseReport r = SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults());
        assertTrue(r.pairs().isEmpty());
        assertEquals(PowerAnalysis.multiplier(0.05, 0.8) * Math.sqrt(2) * r.models().get(0).se(), r.mde(), 1e-15);
        assertTrue(Double.isNaN(r.shareDistinguishable()));
    }

    @Test
    void zeroOneModelsGetWilsonIntervalsAndFractionalOnesTheBootstrap() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(5), 200, 0.8, 0.5);
        for (int i = 0; i < 200; i++) {
            s[1][i] = s[1][i] * 0.5 + (i % 2) * 0.25;
        }
        SamplingNoiseReport r = SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults());
        ModelScore binary = r.models().stream().filter(m -> m.model().equals("m0")).findFirst().orElseThrow();
        ModelScore fractional = r.models().stream().filter(m -> m.model().equals("m1")).findFirst().orElseThrow();
        assertEquals(ModelScore.IntervalMethod.WILSON, binary.ciMethod());
        assertEquals(Wilson.interval(Math.rint(binary.mean() * 200), 200, 1.959963984540054), binary.ci());
        assertEquals(ModelScore.IntervalMethod.BOOTSTRAP, fractional.ciMethod());
        assertTrue(fractional.ci().contains(fractional.mean()));
        assertEquals(2 * 1.96 * fractional.se(), fractional.ci().high() - fractional.ci().low(), 0.25 * 2 * 1.96 * fractional.se());
    }

    @Test
    void clustersComeFromTheBenchmark() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(6), 100, 0.7);
        Results results = Synthetic.results(s);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(new Item("q" + i, "?", List.of(), null, i < 90 ? "passage-" + (i / 10) : null, null, null, Map.of()));
        }
        ModelScore clustered = SamplingNoise.analyze(results, new Benchmark("b", items), SamplingSettings.defaults())
                .models().get(0);
        assertEquals(9 + 10, clustered.clusters(), "9 passages and 10 items without a cluster");
        assertTrue(clustered.clusteredSe() > 0);
        ModelScore plain = SamplingNoise.analyze(results, null, SamplingSettings.defaults()).models().get(0);
        assertTrue(Double.isNaN(plain.clusteredSe()));
        assertEquals(0, plain.clusters());
    }

    /**
     * Miller section 3: items with success probability x ~ U(0, 1) answered K = 10 times. Then
     * Var(x) = 1/12 and E[sigma^2] = E[x(1 - x)] = 1/6, and SE(K) = sqrt((1/12 + 1/(6K)) / n).
     */
    @Test
    void repeatedAnswersSplitIntoBetweenAndWithinItemVariance() {
        SplittableRandom random = new SplittableRandom(7);
        Results.Builder builder = Results.builder();
        int n = 4000;
        int k = 10;
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            for (int sample = 0; sample < k; sample++) {
                builder.add("q" + i, "m", null, sample, null, null, random.nextDouble() < x ? 1 : 0);
            }
        }
        ScoreMatrix matrix = ScoreMatrix.of(builder.build(), null);
        ModelScore score = SamplingNoise.analyze(matrix, SamplingSettings.defaults()).models().get(0);
        SampleSplit split = score.samples();
        assertNotNull(split);
        assertEquals(10.0, split.samplesPerItem(), 1e-12);
        assertEquals(1.0 / 12, split.betweenVariance(), 0.006);
        assertEquals(1.0 / 6, split.withinVariance(), 0.006);
        assertEquals(score.se(), split.seWithSamples(10), 1e-12);
        assertEquals(Math.sqrt((1.0 / 12 + 1.0 / 120) / (1.0 / 12 + 1.0 / 60)), split.shrinkIfDoubled(), 0.01);
        assertEquals(Math.sqrt(1.0 / 12 / n), split.seLimit(), 0.05 * split.seLimit());
        assertEquals(ModelScore.IntervalMethod.BOOTSTRAP, score.ciMethod(), "per-item means are fractional");
    }

    @Test
    void oneAnswerPerItemHasNoSplit() {
        double[][] s = Synthetic.correlatedBinary(new SplittableRandom(8), 50, 0.5);
        assertNull(SamplingNoise.analyze(Synthetic.results(s), null, SamplingSettings.defaults()).models().get(0).samples());
    }
}
