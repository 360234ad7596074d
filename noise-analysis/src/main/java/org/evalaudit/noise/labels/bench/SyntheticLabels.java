package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * A reproducible synthetic benchmark with known wrong golds, for the speed bench and for tests of the
 * label model. Items have a true answer among {@code choices}, a difficulty b ~ N(0, 1.5^2) and distractor
 * probabilities ~ Dirichlet(1/2, ...), so that models err together on hard items and share distractors;
 * models have an ability a ~ N(1, 0.7^2) and answer right with probability logistic(a - b), abstain with
 * probability 1%. A share {@code errorRate} of golds is replaced by a random other answer; items
 * {@code runStart} to {@code runStart + runLength - 1} get a random gold (a corrupted stretch of the key).
 * Items come in subjects of 100.
 *
 * @param benchmark the items
 * @param results one response per model and item, models outer
 * @param wrongGold wrongGold[i] says whether item i's gold is wrong
 */
public record SyntheticLabels(Benchmark benchmark, Results results, boolean[] wrongGold) {
    private static final int SUBJECT_SIZE = 100;

    /**
     * Generates a benchmark.
     *
     * @param items number of items
     * @param models number of models
     * @param choices number of choices per item
     * @param errorRate share of golds replaced at random positions
     * @param runStart first item of the corrupted stretch
     * @param runLength length of the corrupted stretch (0 for none)
     * @param seed random seed
     */
    public static SyntheticLabels generate(int items, int models, int choices, double errorRate, int runStart,
                                           int runLength, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] truth = new int[items];
        double[] difficulty = new double[items];
        double[][] distractor = new double[items][];
        List<Item> list = new ArrayList<>(items);
        boolean[] wrong = new boolean[items];
        List<String> choiceTexts = new ArrayList<>(choices);
        for (int c = 0; c < choices; c++) {
            choiceTexts.add("option " + c);
        }
        for (int i = 0; i < items; i++) {
            truth[i] = random.nextInt(choices);
            difficulty[i] = 1.5 * gaussian(random);
            distractor[i] = dirichlet(random, choices, 0.5);
            int gold = truth[i];
            boolean inRun = i >= runStart && i < runStart + runLength;
            if (inRun) {
                gold = random.nextInt(choices);
            } else if (random.nextDouble() < errorRate) {
                gold = (truth[i] + 1 + random.nextInt(choices - 1)) % choices;
            }
            wrong[i] = gold != truth[i];
            String subject = "subject-" + i / SUBJECT_SIZE;
            list.add(new Item(id(i), "Synthetic question " + i + " of " + subject + "?", choiceTexts,
                    Item.letter(gold), null, null, subject, Map.of()));
        }
        Results.Builder results = Results.builder();
        for (int j = 0; j < models; j++) {
            double ability = 1 + 0.7 * gaussian(random);
            String model = "model-" + j;
            for (int i = 0; i < items; i++) {
                if (random.nextDouble() < 0.01) {
                    results.add(id(i), model, "", 0, null, null, 0);
                    continue;
                }
                int answer;
                if (random.nextDouble() < 1 / (1 + Math.exp(-(ability - difficulty[i])))) {
                    answer = truth[i];
                } else {
                    answer = sampleOther(random, distractor[i], truth[i]);
                }
                String letter = Item.letter(answer);
                results.add(id(i), model, "", 0, null, letter, letter.equals(list.get(i).gold()) ? 1 : 0);
            }
        }
        return new SyntheticLabels(new Benchmark("synthetic", list), results.build(), wrong);
    }

    static String id(int i) {
        return "item-" + i;
    }

    private static int sampleOther(SplittableRandom random, double[] weights, int except) {
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            total += k == except ? 0 : weights[k];
        }
        double u = random.nextDouble() * total;
        int last = -1;
        for (int k = 0; k < weights.length; k++) {
            if (k == except) {
                continue;
            }
            last = k;
            u -= weights[k];
            if (u <= 0) {
                return k;
            }
        }
        return last;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** A Dirichlet(alpha, ..., alpha) draw from normalised Gamma(alpha) draws (Marsaglia and Tsang 2000). */
    private static double[] dirichlet(SplittableRandom random, int k, double alpha) {
        double[] x = new double[k];
        double sum = 0;
        for (int c = 0; c < k; c++) {
            x[c] = gamma(random, alpha);
            sum += x[c];
        }
        for (int c = 0; c < k; c++) {
            x[c] = sum > 0 ? x[c] / sum : 1.0 / k;
        }
        return x;
    }

    private static double gamma(SplittableRandom random, double alpha) {
        if (alpha < 1) {
            return gamma(random, alpha + 1) * Math.pow(random.nextDouble(), 1 / alpha);
        }
        double d = alpha - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
