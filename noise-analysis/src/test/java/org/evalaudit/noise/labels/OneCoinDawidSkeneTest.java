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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OneCoinDawidSkeneTest {

    /** Data drawn exactly from the one-coin model: model j right with probability p_j, else a uniform other. */
    private static VoteTable oneCoinData(long seed, double[] accuracy, int items) {
        return oneCoinData(seed, accuracy, items, 0.25);
    }

    /** The same with the true answer A in a share {@code shareOfA} of the items, B, C and D alike in the rest. */
    private static VoteTable oneCoinData(long seed, double[] accuracy, int items, double shareOfA) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> list = new ArrayList<>();
        Results.Builder results = Results.builder();
        for (int i = 0; i < items; i++) {
            int truth = random.nextDouble() < shareOfA ? 0 : 1 + random.nextInt(3);
            list.add(Fixtures.item("q" + i, Item.letter(truth), "s"));
            for (int j = 0; j < accuracy.length; j++) {
                int answer = random.nextDouble() < accuracy[j] ? truth : (truth + 1 + random.nextInt(3)) % 4;
                results.add("q" + i, "m" + j, "", 0, null, Item.letter(answer), answer == truth ? 1 : 0);
            }
        }
        return VoteTable.of(new Benchmark("b", list), results.build());
    }

    @Test
    void equallyGoodModelsCountAsOneVoteEach() {
        VoteTable table = oneCoinData(6, new double[] {0.8, 0.8, 0.8, 0.8}, 3000);
        double[] w = OneCoinDawidSkene.fit(table).voteWeights(4);
        for (double x : w) {
            assertEquals(1.0, x, 0.05);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void recoversTheAccuraciesOfDataDrawnFromTheModel(long seed) {
        double[] accuracy = {0.9, 0.75, 0.6, 0.45, 0.35};
        VoteTable table = oneCoinData(seed, accuracy, 3000);
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        for (int j = 0; j < accuracy.length; j++) {
            // binomial standard error with 3000 items is under 0.01; allow 4 of them
            assertEquals(accuracy[j], ds.accuracy(j), 0.04, "model " + j);
        }
    }

    /**
     * On data drawn from the model the posteriors are probabilities and calibrated: they sum to 1 per item,
     * and the most probable answer is the truth as often as its posterior says, overall and among the items
     * where it is below 0.9 (3,000 items, 5 models of accuracy 0.8 to 0.5: binomial SE about 0.008 overall).
     * With A the truth of 55 % of the items, calibration needs the fitted prior over answer positions.
     */
    @ParameterizedTest
    @CsvSource({"21, 0.25", "22, 0.25", "23, 0.55", "24, 0.55"})
    void posteriorsAreNormalisedAndCalibrated(long seed, double shareOfA) {
        VoteTable table = oneCoinData(seed, new double[] {0.8, 0.7, 0.6, 0.55, 0.5}, 3000, shareOfA);
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        double said = 0;
        double right = 0;
        double saidUnsure = 0;
        double rightUnsure = 0;
        int unsure = 0;
        for (int i = 0; i < table.size(); i++) {
            double total = 0;
            int best = 0;
            for (int k = 0; k < table.hypotheses(i); k++) {
                total += Math.exp(ds.logPosterior(i, k));
                if (ds.logPosterior(i, k) > ds.logPosterior(i, best)) {
                    best = k;
                }
            }
            assertEquals(1.0, total, 1e-9, "item " + i);
            double p = Math.exp(ds.logPosterior(i, best));
            boolean truth = best == table.gold(i);
            said += p;
            right += truth ? 1 : 0;
            if (p < 0.9) {
                saidUnsure += p;
                rightUnsure += truth ? 1 : 0;
                unsure++;
            }
        }
        assertEquals(right / table.size(), said / table.size(), 0.025, "overall calibration");
        assertTrue(unsure > 300, "enough uncertain items to check: " + unsure);
        assertEquals(rightUnsure / unsure, saidUnsure / unsure, 0.05, "calibration where the posterior is below 0.9");
    }

    /**
     * Three weak models and a true answer A in 70 % of the items: the votes alone often leave an item open, and
     * the fitted prior over answer positions decides it. The prior must come out near 0.7 for A (checked through
     * the items every model skipped but one, whose posterior is mostly prior), and the posteriors stay
     * calibrated where the prior matters.
     */
    @Test
    void theAnswerPositionPriorIsFittedWhereVotesAreWeak() {
        VoteTable table = oneCoinData(31, new double[] {0.65, 0.6, 0.55}, 4000, 0.7);
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        double said = 0;
        double right = 0;
        double meanA = 0;
        for (int i = 0; i < table.size(); i++) {
            int best = 0;
            for (int k = 1; k < table.hypotheses(i); k++) {
                if (ds.logPosterior(i, k) > ds.logPosterior(i, best)) {
                    best = k;
                }
            }
            said += Math.exp(ds.logPosterior(i, best));
            right += best == table.gold(i) ? 1 : 0;
            meanA += Math.exp(ds.logPosterior(i, 0));
        }
        assertEquals(0.7, meanA / table.size(), 0.03, "the posteriors' mean mass on A is the fitted prior's");
        assertEquals(right / table.size(), said / table.size(), 0.03, "calibration");
    }

    @Test
    void weightsFollowTheLogOddsOverChanceAndIgnoreModelsAtChance() {
        VoteTable table = oneCoinData(5, new double[] {0.95, 0.8, 0.7, 0.6, 0.25}, 2000);
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        double[] w = ds.voteWeights(4);
        double sum = java.util.Arrays.stream(w).sum();
        double sumSquares = java.util.Arrays.stream(w).map(x -> x * x).sum();
        assertEquals(sum * sum / sumSquares, sum, 1e-9, "the weights add up to the effective number of votes");
        assertTrue(w[0] > w[1] && w[1] > w[2] && w[2] > w[3], "the more accurate model weighs more");
        assertEquals(0.0, w[4], "a model at chance (1/4) carries no evidence");
        double expectedRatio = Math.log(ds.accuracy(0) * 3 / (1 - ds.accuracy(0)))
                / Math.log(ds.accuracy(1) * 3 / (1 - ds.accuracy(1)));
        assertEquals(expectedRatio, w[0] / w[1], 1e-9);
    }

    @Test
    void logOddsOfTheBestOtherAnswerRiseWithDisagreement() {
        Fixtures.Built built = Fixtures.unanimous(40, 10);
        built.votes(0, "AB", 9, 1).votes(1, "AB", 5, 5).votes(2, "AB", 1, 9);
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        assertTrue(ds.bestOtherLogOdds(table, 0) < ds.bestOtherLogOdds(table, 1));
        assertTrue(ds.bestOtherLogOdds(table, 1) < ds.bestOtherLogOdds(table, 2));
        assertTrue(ds.bestOtherLogOdds(table, 2) > 0, "nine of ten say B");
    }
}
