package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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

    @Test
    void isUndefinedWithoutSpread() {
        Fixtures.Built built = Fixtures.unanimous(3, 5);
        VoteTable table = VoteTable.of(built.benchmark(), built.results());
        assertTrue(Double.isNaN(ItemDiscrimination.of(table)[0]), "every model gives the gold");
    }
}
