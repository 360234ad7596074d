package org.evalaudit.core.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusted p-values for many comparisons at once (every pair of models on a leaderboard), in the form R's
 * {@code p.adjust} returns them, so that an adjusted p below alpha means "rejected by the procedure at
 * level alpha". Ties in p keep input order, so results are deterministic.
 */
public final class MultipleTesting {
    private MultipleTesting() {
    }

    /**
     * Holm (1979, "A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6:65-70),
     * controlling the family-wise error rate: with p sorted ascending,
     * p_holm(i) = max_{j <= i} min(1, (m - j + 1) p(j)).
     */
    public static double[] holm(double[] p) {
        int m = p.length;
        Integer[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }

    /**
     * Benjamini and Hochberg (1995, "Controlling the false discovery rate", JRSS B 57:289-300), controlling
     * the false discovery rate: with p sorted ascending, p_bh(i) = min_{j >= i} min(1, m p(j) / j).
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 1.0;
        for (int rank = m - 1; rank >= 0; rank--) {
            int i = order[rank];
            running = Math.min(running, Math.min(1.0, m * p[i] / (rank + 1)));
            adjusted[i] = running;
        }
        return adjusted;
    }

    private static Integer[] ascending(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("p-value " + i + " is not in [0, 1]: " + p[i]);
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]));
        return order;
    }
}
