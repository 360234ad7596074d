package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterPriorTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void liftsItemsOfAClusterFullOfConfidentDisagreements(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2000;
        double[] logOdds = new double[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i / 100;
            boolean wrong = cluster[i] == 7 ? random.nextDouble() < 0.4 : random.nextDouble() < 0.02;
            logOdds[i] = (wrong ? 2 : -5) + random.nextDouble();
        }
        logOdds[750] = -1;
        logOdds[1550] = -1;
        double[] adjusted = ClusterPrior.adjust(logOdds, cluster);
        assertTrue(adjusted[750] > adjusted[1550] + 1, adjusted[750] + " vs " + adjusted[1550]);
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5})
    void barelyMovesWhenClustersDoNotDiffer(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2000;
        double[] logOdds = new double[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = random.nextInt(20);
            logOdds[i] = (random.nextDouble() < 0.03 ? 2 : -5) + random.nextDouble();
        }
        double[] adjusted = ClusterPrior.adjust(logOdds, cluster);
        for (int i = 0; i < n; i++) {
            assertTrue(Math.abs(adjusted[i] - logOdds[i]) < 0.5, "item " + i + " moved by " + (adjusted[i] - logOdds[i]));
        }
    }
}
