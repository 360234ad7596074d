package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemDiscriminationTest {

    /** Pearson correlation, computed directly. */
    private static double pearson(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int k = 0; k < x.length; k++) {
            mx += x[k] / x.length;
            my += y[k] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int k = 0; k < x.length; k++) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    @Test
    void isTheItemRestPointBiserialCorrelation() {
        // 4 models x 4 items; 1 = gives the gold. Item 3 is passed only by the weak models.
        int[][] correct = {{1, 1, 1, 0}, {1, 1, 0, 0}, {1, 0, 1, 1}, {0, 0, 1, 1}};
        Fixtures.Built built = Fixtures.unanimous(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                built.answers[i][j] = correct[j][i] == 1 ? "A" : "B";
            }
        }
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        double[] d = ItemDiscrimination.of(table);
        for (int i = 0; i < 4; i++) {
            double[] x = new double[4];
            double[] rest = new double[4];
            for (int j = 0; j < 4; j++) {
                x[j] = correct[j][i];
                int total = correct[j][0] + correct[j][1] + correct[j][2] + correct[j][3];
                rest[j] = (total - correct[j][i]) / 3.0;
            }
            assertEquals(pearson(x, rest), d[i], 1e-12, "item " + i);
        }
        assertTrue(d[3] < 0, "passed by the weak models only");
    }

    /**
     * The same definition on seeded data where models skip items (abstain), so that every model's rest score
     * is a mean over a different number of items: each item's value equals the Pearson correlation computed
     * directly from the answers.
     */
    @ParameterizedTest
    @ValueSource(longs = {3, 4, 5})
    void matchesTheDefinitionWhenModelsSkipItems(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int items = 30;
        int models = 8;
        Fixtures.Built built = Fixtures.unanimous(items, models);
        Integer[][] correct = new Integer[models][items];
        for (int j = 0; j < models; j++) {
            double skill = 0.3 + 0.08 * j;
            for (int i = 0; i < items; i++) {
                if (random.nextDouble() < 0.25) {
                    built.answers[i][j] = null;
                } else {
                    correct[j][i] = random.nextDouble() < skill ? 1 : 0;
                    built.answers[i][j] = correct[j][i] == 1 ? "A" : "C";
                }
            }
        }
        double[] d = ItemDiscrimination.of(VoteTable.of(built.benchmark(), built.results()));
        int defined = 0;
        for (int i = 0; i < items; i++) {
            java.util.List<double[]> pairs = new java.util.ArrayList<>();
            for (int j = 0; j < models; j++) {
                int count = 0;
                int agree = 0;
                for (int t = 0; t < items; t++) {
                    if (correct[j][t] != null) {
                        count++;
                        agree += correct[j][t];
                    }
                }
                if (correct[j][i] != null && count >= 2) {
                    pairs.add(new double[] {correct[j][i], (agree - correct[j][i]) / (double) (count - 1)});
                }
            }
            double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
            double[] rest = pairs.stream().mapToDouble(p -> p[1]).toArray();
            double expected = pearson(x, rest);
            if (Double.isNaN(expected)) {
                assertTrue(Double.isNaN(d[i]), "item " + i);
            } else {
                assertEquals(expected, d[i], 1e-12, "item " + i);
                defined++;
            }
        }
        assertTrue(defined > 20, "most items have a defined value: " + defined);
    }

    @Test
    void isUndefinedWithoutSpread() {
        Fixtures.Built built = Fixtures.unanimous(3, 5);
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        assertTrue(Double.isNaN(ItemDiscrimination.of(table)[0]), "every model gives the gold");
    }
}
