package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.quality.DuplicatePair;
import org.evalaudit.noise.quality.Duplicates;

/**
 * Suspect gold labels: ranks every answered item by the evidence that its gold is wrong.
 *
 * <p>The method, one set of defaults for every benchmark:
 * <ol>
 *   <li>Models are annotators. One-coin Dawid-Skene ({@link OneCoinDawidSkene}) estimates each model's
 *       accuracy without using the gold; each vote is weighted by its log-odds over chance.</li>
 *   <li>The weighted votes of each item give the evidence that its gold is wrong, a log-likelihood ratio
 *       under a Dirichlet-multinomial vote model fitted to the benchmark ({@link DirichletVoteModel}): it
 *       allows for hard items on which models err together, so evidence grows like the log of the votes.</li>
 *   <li>Wrong keys cluster in stretches of a subject or source (a corrupted or shifted key): a two-state
 *       hidden Markov model along the benchmark order ({@link KeyStateModel}) learns from the benchmark
 *       whether such stretches exist and pools the evidence of neighbours. Its posterior log-odds that the
 *       gold is wrong is the suspicion score.</li>
 *   <li>Two copies of one item with different golds have even prior odds of a wrong key each.</li>
 *   <li>Stretches whose golds are the answers of the next or previous item are key shifts
 *       ({@link KeyShiftScan}).</li>
 * </ol>
 * Signals that did not beat the noise on the measured data (subject-level pooling, text cues, item
 * discrimination beyond the reliability weights, votes left to the strongest models, per-subject
 * reliabilities, the vote margin as the item's evidence in the key-state posterior
 * ({@link KeyStateRankEvidence}): on the typical subject it needs a scale at which it also outweighs the
 * corrupted stretches) are reported but not scored; see {@code org.evalaudit.noise.labels.bench.LabelEval} and its
 * per-subject comparison with one-coin Dawid-Skene.
 *
 * <p>The label-error rate is the mean posterior probability of a wrong gold; its interval is a percentile
 * bootstrap over subjects (chains) when there are at least 10, else over items.
 */
public final class LabelNoise {
    private LabelNoise() {
    }

    /**
     * The label analysis of the context's benchmark and results, computed once per audit; empty when
     * either input is missing.
     */
    public static Optional<LabelNoiseResult> shared(AuditContext context) {
        if (context.benchmark().isEmpty() || context.results().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(context.shared(LabelNoiseResult.class, () -> analyze(context.benchmark().get(),
                context.results().get(), LabelNoiseSettings.from(context.options()))));
    }

    /** Ranks every benchmark item that has at least one response (see the class comment). */
    public static LabelNoiseResult analyze(Benchmark benchmark, Results results, LabelNoiseSettings settings) {
        VoteTable table = VoteTable.of(benchmark, results);
        int n = table.size();
        OneCoinDawidSkene ds = OneCoinDawidSkene.fit(table);
        double[] weights = settings.reliabilityWeights() ? ds.voteWeights(typicalHypotheses(table))
                : unitWeights(ds, table.models().size());
        WeightedVotes votes = WeightedVotes.of(table, weights);
        DirichletVoteModel voteModel = DirichletVoteModel.fit(votes);
        double[] evidence = voteModel.evidence(votes);
        int[] chain = table.chains();
        double[] logOdds = new double[n];
        double[] corrupted = new double[n];
        double background;
        LabelModelFit fit;
        if (settings.keyStateModel()) {
            KeyStateModel keys = KeyStateModel.fit(evidence, chain);
            for (int i = 0; i < n; i++) {
                logOdds[i] = keys.logOddsWrong(i);
                corrupted[i] = keys.corruptedPosterior(i);
            }
            background = keys.alignedErrorRate();
            fit = new LabelModelFit(voteModel.alphaTrue(), voteModel.alphaWrong(), keys.alignedErrorRate(),
                    keys.corruptedErrorRate(), keys.enter(), keys.exit());
        } else {
            background = voteModel.errorRate();
            double prior = Special.logit(Math.max(1e-9, background));
            for (int i = 0; i < n; i++) {
                logOdds[i] = prior + evidence[i];
            }
            fit = new LabelModelFit(voteModel.alphaTrue(), voteModel.alphaWrong(), background, Double.NaN, 0, 0);
        }
        Map<String, DuplicatePair> conflicts = settings.duplicateConflicts() ? conflicts(benchmark) : Map.of();
        for (int i = 0; i < n; i++) {
            if (conflicts.containsKey(table.id(i))) {
                logOdds[i] = Math.max(logOdds[i], evidence[i]);
            }
        }
        List<KeyRun> runs = new ArrayList<>();
        if (settings.keyStateModel()) {
            runs.addAll(corruptedRuns(table, corrupted, logOdds));
        }
        runs.addAll(KeyShiftScan.scan(table, votes, voteModel, background, settings.shiftMinEvidence(),
                settings.shiftMinLength()));
        runs.sort(Comparator.comparingInt(KeyRun::firstIndex).thenComparing(KeyRun::kind));
        double[] discrimination = ItemDiscrimination.of(table);
        double[] probability = new double[n];
        for (int i = 0; i < n; i++) {
            probability[i] = table.gold(i) < 0 ? 1 : 1 / (1 + Math.exp(-logOdds[i]));
        }
        Integer[] order = rankOrder(table, logOdds);
        ItemJudge judge = new ItemJudge(table, votes, ds, runs, conflicts, settings);
        List<SuspectItem> ranking = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int i = order[r];
            ranking.add(judge.judge(r + 1, i, table.gold(i) < 0 ? null : logOdds[i], probability[i], corrupted[i],
                    discrimination[i]));
        }
        ErrorRate rate = ErrorRate.estimate(probability, chain, table.chainNames().size(), settings.bootstrapResamples(),
                settings.seed());
        return new LabelNoiseResult(ranking, rate, reliabilities(table, ds, weights), runs, fit);
    }

    /** The most common number of hypotheses per item (the chance level of the vote weights). */
    static int typicalHypotheses(VoteTable table) {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int i = 0; i < table.size(); i++) {
            counts.merge(table.hypotheses(i), 1, Integer::sum);
        }
        int typical = 2;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                typical = e.getKey();
            }
        }
        return typical;
    }

    private static double[] unitWeights(OneCoinDawidSkene ds, int models) {
        double[] w = new double[models];
        for (int j = 0; j < models; j++) {
            w[j] = ds.answered(j) > 0 ? 1 : 0;
        }
        return w;
    }

    /** Items that are a copy of another with a different gold, each mapped to the pair. */
    private static Map<String, DuplicatePair> conflicts(Benchmark benchmark) {
        Map<String, DuplicatePair> out = new HashMap<>();
        for (DuplicatePair pair : Duplicates.find(benchmark)) {
            if (!pair.goldsAgree()) {
                out.putIfAbsent(pair.first(), pair);
                out.putIfAbsent(pair.second(), pair);
            }
        }
        return out;
    }

    /** Maximal stretches of one chain where the corrupted state is more likely than not. */
    private static List<KeyRun> corruptedRuns(VoteTable table, double[] corrupted, double[] logOdds) {
        List<KeyRun> runs = new ArrayList<>();
        int i = 0;
        while (i < table.size()) {
            if (corrupted[i] < 0.5) {
                i++;
                continue;
            }
            int first = i;
            double expectedWrong = 0;
            while (i < table.size() && corrupted[i] >= 0.5 && table.chain(i) == table.chain(first)) {
                expectedWrong += 1 / (1 + Math.exp(-logOdds[i]));
                i++;
            }
            runs.add(new KeyRun(table.chainNames().get(table.chain(first)), first, i - 1, table.id(first),
                    table.id(i - 1), KeyRun.Kind.CORRUPTED, expectedWrong));
        }
        return runs;
    }

    /** Items without a usable gold first (benchmark order), then by suspicion, ties in benchmark order. */
    private static Integer[] rankOrder(VoteTable table, double[] logOdds) {
        Integer[] order = new Integer[table.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            boolean ua = table.gold(a) < 0;
            boolean ub = table.gold(b) < 0;
            if (ua != ub) {
                return ua ? -1 : 1;
            }
            int bySuspicion = ua ? 0 : Double.compare(logOdds[b], logOdds[a]);
            return bySuspicion != 0 ? bySuspicion : Integer.compare(a, b);
        });
        return order;
    }

    private static List<ModelReliability> reliabilities(VoteTable table, OneCoinDawidSkene ds, double[] weights) {
        int models = table.models().size();
        double[] agree = new double[models];
        double[] judged = new double[models];
        for (int i = 0; i < table.size(); i++) {
            int g = table.gold(i);
            if (g < 0) {
                continue;
            }
            for (int v = table.voteStart(i); v < table.voteEnd(i); v++) {
                int j = table.voteModel(v);
                judged[j] += table.voteShare(v);
                if (table.voteCategory(v) == g) {
                    agree[j] += table.voteShare(v);
                }
            }
        }
        List<ModelReliability> out = new ArrayList<>(models);
        for (int j = 0; j < models; j++) {
            out.add(new ModelReliability(table.models().get(j), ds.accuracy(j),
                    judged[j] > 0 ? agree[j] / judged[j] : Double.NaN, weights[j], ds.answered(j)));
        }
        return out;
    }
}
