package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirichletVoteModelTest {

    /** The Dirichlet-multinomial probability of counts n under parameters a (Minka 2000, eq. 53). */
    private static double logDirichletMultinomial(int[] n, double[] a) {
        int total = 0;
        double sumA = 0;
        double log = 0;
        for (int k = 0; k < n.length; k++) {
            total += n[k];
            sumA += a[k];
            log += Special.logGamma(a[k] + n[k]) - Special.logGamma(a[k]) - Special.logGamma(n[k] + 1);
        }
        return log + Special.logGamma(total + 1) + Special.logGamma(sumA) - Special.logGamma(sumA + total);
    }

    private static WeightedVotes votesOf(int[]... counts) {
        Fixtures.Built built = Fixtures.unanimous(counts.length, 20);
        for (int i = 0; i < counts.length; i++) {
            built.votes(i, "ABCD", counts[i]);
        }
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        return WeightedVotes.of(table, new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    @Test
    void evidenceIsTheLikelihoodRatioOfARandomWrongGoldAgainstTheGold() {
        DirichletVoteModel model = new DirichletVoteModel(1.3, 0.08, 0.03);
        int[][] cases = {{2, 15, 3, 0}, {20, 0, 0, 0}, {0, 0, 20, 0}, {5, 5, 5, 5}, {1, 9, 0, 10}};
        WeightedVotes votes = votesOf(cases);
        for (int c = 0; c < cases.length; c++) {
            double gold = logDirichletMultinomial(cases[c], alphas(0, 1.3, 0.08));
            double wrong = Double.NEGATIVE_INFINITY;
            for (int t = 1; t < 4; t++) {
                wrong = Special.logAddExp(wrong, logDirichletMultinomial(cases[c], alphas(t, 1.3, 0.08)));
            }
            assertEquals(wrong - Math.log(3) - gold, model.evidence(votes, c), 1e-10, "case " + c);
        }
    }

    private static double[] alphas(int truth, double right, double wrong) {
        double[] a = {wrong, wrong, wrong, wrong};
        a[truth] = right;
        return a;
    }

    /** The closed form is the evidence of an item whose votes all go to one other answer, and its maximum. */
    @Test
    void unanimousEvidenceIsTheEvidenceOfAUnanimousRejection() {
        DirichletVoteModel model = new DirichletVoteModel(1.2, 0.08, 0.02);
        WeightedVotes votes = votesOf(new int[] {0, 20, 0, 0}, new int[] {0, 0, 0, 20}, new int[] {0, 10, 10, 0},
                new int[] {1, 19, 0, 0});
        assertEquals(model.evidence(votes, 0), model.unanimousEvidence(20, 4), 1e-12);
        assertEquals(model.evidence(votes, 1), model.unanimousEvidence(20, 4), 1e-12);
        assertTrue(model.evidence(votes, 2) < model.unanimousEvidence(20, 4));
        assertTrue(model.evidence(votes, 3) < model.unanimousEvidence(20, 4));
    }

    @Test
    void evidenceGrowsWithDisagreementButOnlyLogarithmically() {
        DirichletVoteModel model = new DirichletVoteModel(1.3, 0.08, 0.03);
        WeightedVotes votes = votesOf(new int[] {10, 10, 0, 0}, new int[] {2, 18, 0, 0}, new int[] {0, 20, 0, 0});
        assertTrue(model.evidence(votes, 0) < model.evidence(votes, 1));
        assertTrue(model.evidence(votes, 1) < model.evidence(votes, 2));
        // one-coin Dawid-Skene with 90% accurate models would give 20 log(27) = 66 nats; here it saturates
        assertTrue(model.evidence(votes, 2) < 8, "unanimous disagreement of 20 models: " + model.evidence(votes, 2));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void fitRecoversTheParametersOfDataDrawnFromTheModel(long seed) {
        double right = 2.0;
        double wrong = 0.15;
        double eps = 0.05;
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        Results.Builder results = Results.builder();
        for (int i = 0; i < 4000; i++) {
            int truth = random.nextInt(4);
            int gold = random.nextDouble() < eps ? (truth + 1 + random.nextInt(3)) % 4 : truth;
            items.add(Fixtures.item("q" + i, Item.letter(gold), "s"));
            double[] p = dirichlet(random, alphas(truth, right, wrong));
            for (int j = 0; j < 15; j++) {
                int answer = categorical(random, p);
                results.add("q" + i, "m" + j, "", 0, null, Item.letter(answer), answer == gold ? 1 : 0);
            }
        }
        VoteTable table = VoteTable.of(new Benchmark("b", items), results.build());
        double[] unit = new double[15];
        java.util.Arrays.fill(unit, 1);
        DirichletVoteModel fit = DirichletVoteModel.fit(WeightedVotes.of(table, unit));
        assertEquals(right, fit.alphaTrue(), 0.25 * right);
        assertEquals(wrong, fit.alphaWrong(), 0.25 * wrong);
        assertEquals(eps, fit.errorRate(), 0.02);
    }

    /**
     * The gold-free fit of alpha_true finds the maximum of its likelihood, recovers an easy group's alpha_true
     * from votes drawn from the model, ranks a hard group below it, and does not look at the golds: with
     * every gold replaced at random it gives the same value. (A hard group's alpha_true is weakly identified
     * without the gold: its likelihood is within a nat over a factor of two, so only its order is asserted.)
     */
    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void goldFreeAlphaTrueIsTheLikelihoodMaximumAndIgnoresTheGold(long seed) {
        double wrong = 0.15;
        double[] groupAlphas = {0.6, 3.0};
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        List<Item> shuffledGolds = new ArrayList<>();
        Results.Builder results = Results.builder();
        for (int i = 0; i < 6000; i++) {
            int truth = random.nextInt(4);
            items.add(Fixtures.item("q" + i, Item.letter(truth), "s"));
            shuffledGolds.add(Fixtures.item("q" + i, Item.letter(random.nextInt(4)), "s"));
            double[] p = dirichlet(random, alphas(truth, groupAlphas[i % 2], wrong));
            for (int j = 0; j < 15; j++) {
                int answer = categorical(random, p);
                results.add("q" + i, "m" + j, "", 0, null, Item.letter(answer), answer == truth ? 1 : 0);
            }
        }
        Results built = results.build();
        double[] unit = new double[15];
        java.util.Arrays.fill(unit, 1);
        WeightedVotes votes = WeightedVotes.of(VoteTable.of(new Benchmark("b", items), built), unit);
        WeightedVotes shuffled = WeightedVotes.of(VoteTable.of(new Benchmark("b", shuffledGolds), built), unit);
        DirichletVoteModel model = new DirichletVoteModel(1.0, wrong, 0.03);
        double[] fitted = new double[2];
        for (int group = 0; group < 2; group++) {
            int[] members = new int[3000];
            for (int k = 0; k < members.length; k++) {
                members[k] = 2 * k + group;
            }
            fitted[group] = model.goldFreeAlphaTrue(votes, members);
            double best = model.goldFreeLogLikelihood(votes, members, fitted[group]);
            for (double x = 0.05; x < 20; x *= 1.1) {
                assertTrue(model.goldFreeLogLikelihood(votes, members, x) <= best + 0.01, "higher at " + x);
            }
            assertEquals(fitted[group], model.goldFreeAlphaTrue(shuffled, members), 1e-9, "the golds were read");
        }
        assertEquals(groupAlphas[1], fitted[1], 0.25 * groupAlphas[1]);
        assertTrue(fitted[0] < 0.5 * fitted[1], "the hard group is not below the easy one: " + fitted[0]);
    }

    private static int categorical(SplittableRandom random, double[] p) {
        double u = random.nextDouble();
        for (int k = 0; k < p.length - 1; k++) {
            u -= p[k];
            if (u < 0) {
                return k;
            }
        }
        return p.length - 1;
    }

    private static double[] dirichlet(SplittableRandom random, double[] a) {
        double[] x = new double[a.length];
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            x[k] = gamma(random, a[k]);
            sum += x[k];
        }
        for (int k = 0; k < a.length; k++) {
            x[k] /= sum;
        }
        return x;
    }

    /** Marsaglia and Tsang (2000), with the boost for shape below 1. */
    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x;
            double v;
            do {
                double u1 = random.nextDouble();
                double u2 = random.nextDouble();
                x = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
