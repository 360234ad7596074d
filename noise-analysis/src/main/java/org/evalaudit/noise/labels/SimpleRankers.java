package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;

/**
 * The three simple rankers the label analysis is measured against (the baselines of the shared data's
 * README): the share of voting models that disagree with the gold; the normalised vote margin
 * (share of the best other answer minus share of the gold, each with 1/H smoothing, i.e. (n_best - n_gold)
 * / (n + 1) for H = 4 choices); and the one-coin Dawid-Skene log-odds of the best other answer against the
 * gold. Higher is more suspect. Votes are unweighted; an abstention is no vote.
 */
public final class SimpleRankers {
    private SimpleRankers() {
    }

    /**
     * Scores of the judged items.
     *
     * @param itemIds the items with at least one response, in benchmark order
     * @param disagreement share of voting models that do not give the gold
     * @param margin normalised vote margin of the best other answer over the gold
     * @param dawidSkene one-coin Dawid-Skene log-odds of the best other answer against the gold
     */
    public record Scores(List<String> itemIds, double[] disagreement, double[] margin, double[] dawidSkene) {
    }

    public static Scores of(Benchmark benchmark, Results results) {
        VoteTable table = VoteTable.of(benchmark, results);
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        int n = table.size();
        List<String> ids = new ArrayList<>(n);
        double[] disagreement = new double[n];
        double[] margin = new double[n];
        double[] dawidSkene = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add(table.id(i));
            int h = table.categories(i);
            double[] count = new double[h];
            double total = 0;
            for (int v = table.voteStart(i); v < table.voteEnd(i); v++) {
                count[table.voteCategory(v)] += table.voteShare(v);
                total += table.voteShare(v);
            }
            int g = table.gold(i);
            double gold = g < 0 ? 0 : count[g];
            double best = 0;
            for (int k = 0; k < h; k++) {
                if (k != g) {
                    best = Math.max(best, count[k]);
                }
            }
            disagreement[i] = (total - gold) / Math.max(total, 1);
            margin[i] = (best - gold) / (total + 1);
            dawidSkene[i] = ds.bestOtherLogOdds(table, i);
        }
        return new Scores(List.copyOf(ids), disagreement, margin, dawidSkene);
    }
}
