package org.evalaudit.noise.labels.bench;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How far the subject bootstrap lets any ranker of the vote counts beat the baselines: an ordering fitted to
 * the truth. Each item gets the share of positives among the measured items with the same counts (the share
 * of votes against the gold and the normalised margin of the leading other answer, each to the nearest
 * 1/20; in-sample, so optimistic), ties within a cell broken by Dawid-Skene. It sees what the baselines
 * see, chosen with the answers; when even it cannot beat them beyond the noise of a bootstrap over subjects,
 * a general ranker of the counts cannot either, and only evidence beyond the counts (the order, the text)
 * can. The default is measured against it too.
 */
final class TruthFittedBound {
    static final String NAME = "vote counts fitted to the truth";
    /** Cells of the vote shares: 1/20, one vote of twenty models. */
    private static final int GRID = 20;
    private static final List<String> BASELINES = List.of(LabelRankers.DISAGREEMENT, LabelRankers.MARGIN,
            LabelRankers.DAWID_SKENE);

    private TruthFittedBound() {
    }

    static void run(ReduxDevData data, ScoredItems scored, int resamples, long seed, PrintStream out) {
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        out.printf(Locale.ROOT, "%n== an ordering of the vote counts fitted to the truth (each item scored by the "
                + "share of positives among items with its vote share and margin, to 1/%d; in-sample; ties by "
                + "Dawid-Skene): paired differences [95%% subject-bootstrap interval, %d resamples] P(>0)%n", GRID,
                resamples);
        for (String field : List.of("gold_invalid", "label_error")) {
            Predicate<String> positive = LabelEval.truth(data, field);
            ScoredItems withBound = withBound(scored, positive, keep);
            int bound = withBound.ranker(NAME);
            RankingMetrics point = withBound.metrics(bound, positive, keep);
            out.printf(Locale.ROOT, "-- %s: the fitted ordering has P@50 %.2f, AP %.3f%n", field,
                    point.precisionAt50(), point.averagePrecision());
            List<RankingMetrics[]> reps = new RankingBootstrap(withBound).overSubjects(positive, keep, resamples, seed);
            for (String baseline : BASELINES) {
                out.println(LabelEval.pairedLine(withBound, reps, bound, withBound.ranker(baseline), positive, keep));
            }
            out.println(LabelEval.pairedLine(withBound, reps, withBound.ranker(LabelRankers.METHOD), bound, positive,
                    keep));
        }
    }

    /** The baselines and the default of {@code scored}, plus the fitted ordering for this truth. */
    static ScoredItems withBound(ScoredItems scored, Predicate<String> positive, Predicate<String> keep) {
        double[] share = scored.scores()[scored.ranker(LabelRankers.DISAGREEMENT)];
        double[] margin = scored.scores()[scored.ranker(LabelRankers.MARGIN)];
        double[] dawidSkene = scored.scores()[scored.ranker(LabelRankers.DAWID_SKENE)];
        int n = scored.ids().size();
        long[] cells = new long[n];
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            cells[i] = Math.round(share[i] * GRID) * (4L * GRID) + Math.round(margin[i] * GRID) + 2L * GRID;
            String id = scored.ids().get(i);
            if (keep.test(id)) {
                int[] c = counts.computeIfAbsent(cells[i], k -> new int[2]);
                c[0] += positive.test(id) ? 1 : 0;
                c[1]++;
            }
        }
        // the cell's share of positives dominates; Dawid-Skene's log-odds (bounded to +-50) orders a cell
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            int[] c = counts.getOrDefault(cells[i], new int[2]);
            double tieBreak = Math.max(-50, Math.min(50, dawidSkene[i])) / 100 + 0.5;
            fitted[i] = (c[0] + 0.01) / (c[1] + 1.0) + 1e-6 * tieBreak;
        }
        List<String> names = List.of(LabelRankers.DISAGREEMENT, LabelRankers.MARGIN, LabelRankers.DAWID_SKENE,
                LabelRankers.METHOD, NAME);
        double[][] scores = new double[names.size()][];
        for (int r = 0; r < names.size() - 1; r++) {
            scores[r] = scored.scores()[scored.ranker(names.get(r))];
        }
        scores[names.size() - 1] = fitted;
        return new ScoredItems(scored.ids(), scored.subjects(), names, scores);
    }
}
