package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *       hidden Markov model along the benchmark order ({@link KeyStateModel}), fitted to that evidence,
 *       learns from the benchmark whether such stretches exist and pools the evidence of neighbours. A
 *       stretch is kept only when its likelihood gain clears log n nats, so that a chance run of hard items
 *       (six in a row in a hard subject) is not taken for a damaged key (twelfth session).</li>
 *   <li>The suspicion score is the posterior log-odds that the gold is wrong, each item's key state as the
 *       model infers it and the item's own evidence k m: m its weighted vote margin
 *       ({@link WeightedVotes#margin}), k the vote model's evidence for a unanimous rejection
 *       ({@link DirichletVoteModel#unanimousEvidence}, about 4.8 nats for 20 models). The Dirichlet evidence
 *       saturates: every item no model answers with the gold gets nearly the same evidence, whether the
 *       other votes agree or split, and one vote for the gold costs log(alpha_true / alpha_wrong) nats;
 *       the margin ranks a unanimous rejection first and counts one vote as one vote, and k puts it on the
 *       scale the key-state prior odds were fitted against. Measured on MMLU-Redux (docs/bench-labels.md,
 *       fifth session): it ranks better than the Dirichlet evidence both where wrong keys cluster and on
 *       the typical subject, for every k from 3 to 6; k is derived from the data, not chosen on the truth.</li>
 *   <li>Two copies of one item with different golds have even prior odds of a wrong key each.</li>
 *   <li>Stretches whose golds are the answers of the next or previous item are key shifts
 *       ({@link KeyShiftScan}).</li>
 * </ol>
 * Signals that did not beat the noise on the measured data (subject-level pooling, text cues, item
 * discrimination beyond the reliability weights, votes left to the strongest models, per-subject
 * reliabilities, a larger margin scale: on the typical subject it needs a scale at which it also outweighs the
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
        int hypotheses = typicalHypotheses(table);
        double[] weights = settings.reliabilityWeights() ? ds.voteWeights(hypotheses)
                : unitWeights(ds, table.models().size());
        WeightedVotes votes = WeightedVotes.of(table, weights);
        DirichletVoteModel voteModel = DirichletVoteModel.fit(votes);
        double[] evidence = voteModel.evidence(votes);
        int[] chain = table.chains();
        KeyStateModel keys = settings.keyStateModel()
                ? KeyStateModel.fit(settings.subjectDifficulty() ? subjectEvidence(table, votes, voteModel) : evidence, chain,
                        settings.testStretches())
                : null;
        double background = keys != null ? keys.alignedErrorRate() : voteModel.errorRate();
        Map<String, DuplicatePair> conflicts = settings.duplicateConflicts() ? conflicts(benchmark) : Map.of();
        double[] logOdds = posteriorLogOdds(table, evidence, keys, background, conflicts);
        double[] score = settings.marginScale() == 0 ? logOdds : posteriorLogOdds(table,
                marginEvidence(votes, voteModel, settings.marginScale(), hypotheses), keys, background, conflicts);
        double[] corrupted = new double[n];
        List<KeyRun> runs = new ArrayList<>();
        LabelModelFit fit;
        if (keys != null) {
            for (int i = 0; i < n; i++) {
                corrupted[i] = keys.corruptedPosterior(i);
            }
            runs.addAll(corruptedRuns(table, corrupted, logOdds, keys));
            fit = new LabelModelFit(voteModel.alphaTrue(), voteModel.alphaWrong(), keys.alignedErrorRate(),
                    keys.corruptedErrorRate(), keys.enter(), keys.exit());
        } else {
            fit = new LabelModelFit(voteModel.alphaTrue(), voteModel.alphaWrong(), background, Double.NaN, 0, 0);
        }
        List<KeyRun> shifts = KeyShiftScan.scan(table, votes, voteModel, background, settings.shiftMinEvidence(),
                settings.shiftMinLength());
        runs.removeIf(run -> shifts.stream().anyMatch(shift -> explains(shift, run)));
        runs.addAll(shifts);
        runs.sort(Comparator.comparingInt(KeyRun::firstIndex).thenComparing(KeyRun::kind));
        double[] discrimination = ItemDiscrimination.of(table);
        double[] probability = new double[n];
        for (int i = 0; i < n; i++) {
            probability[i] = table.gold(i) < 0 ? 1 : 1 / (1 + Math.exp(-logOdds[i]));
        }
        Integer[] order = rankOrder(table, score);
        ItemJudge judge = new ItemJudge(table, votes, ds, runs, conflicts, settings);
        List<SuspectItem> ranking = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int i = order[r];
            ranking.add(judge.judge(r + 1, i, table.gold(i) < 0 ? null : score[i], probability[i], corrupted[i],
                    discrimination[i]));
        }
        ErrorRate rate = ErrorRate.estimate(probability, chain, table.chainNames().size(), settings.bootstrapResamples(),
                settings.seed());
        return new LabelNoiseResult(ranking, rate, reliabilities(table, ds, weights), runs, fit,
                subjects(table, probability, ranking, order));
    }

    /**
     * The Dirichlet evidence of every item under its subject's own alpha_true, fitted without the gold
     * ({@link DirichletVoteModel#goldFreeAlphaTrue}), so that a run of hard items in a hard subject looks
     * less like a corrupted stretch of key ({@link LabelNoiseSettings#subjectDifficulty}).
     */
    private static double[] subjectEvidence(VoteTable table, WeightedVotes votes, DirichletVoteModel voteModel) {
        Map<String, List<Integer>> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            bySubject.computeIfAbsent(table.chainName(i), name -> new ArrayList<>()).add(i);
        }
        double[] out = new double[table.size()];
        for (List<Integer> members : bySubject.values()) {
            int[] items = members.stream().mapToInt(Integer::intValue).toArray();
            DirichletVoteModel subject = voteModel.withAlphaTrue(voteModel.goldFreeAlphaTrue(votes, items));
            for (int i : items) {
                out[i] = subject.evidence(votes, i);
            }
        }
        return out;
    }

    /** Per subject (chain name; a subject split into several runs counts once), in order of first appearance. */
    private static List<SubjectErrorRate> subjects(VoteTable table, double[] probability, List<SuspectItem> ranking,
                                                   Integer[] order) {
        boolean[] blamed = new boolean[probability.length];
        for (int r = 0; r < ranking.size(); r++) {
            blamed[order[r]] = ranking.get(r).verdict().blamesKey();
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < probability.length; i++) {
            double[] sum = sums.computeIfAbsent(table.chainName(i), name -> new double[3]);
            sum[0]++;
            sum[1] += probability[i];
            sum[2] += blamed[i] ? 1 : 0;
        }
        List<SubjectErrorRate> out = new ArrayList<>();
        sums.forEach((name, sum) -> out.add(new SubjectErrorRate(name, (int) sum[0], sum[1], (long) sum[2])));
        return out;
    }

    /**
     * Posterior log-odds that each item's gold is wrong given the item's own evidence: through the key-state
     * model when there is one (the item's key state as fitted), else from the background error rate; a copy
     * of the item with another gold raises the prior odds to even.
     */
    private static double[] posteriorLogOdds(VoteTable table, double[] own, KeyStateModel keys, double background,
                                             Map<String, DuplicatePair> conflicts) {
        double prior = Special.logit(Math.max(1e-9, background));
        double[] logOdds = new double[own.length];
        for (int i = 0; i < own.length; i++) {
            logOdds[i] = keys != null ? keys.logOddsWrong(i, own[i]) : prior + own[i];
            if (conflicts.containsKey(table.id(i))) {
                logOdds[i] = Math.max(logOdds[i], own[i]);
            }
        }
        return logOdds;
    }

    /**
     * Each item's margin evidence against its gold: k times its weighted vote margin, k the given scale or,
     * when that is NaN, the vote model's evidence for a unanimous rejection by the median item's votes.
     */
    private static double[] marginEvidence(WeightedVotes votes, DirichletVoteModel voteModel, double scale,
                                           int hypotheses) {
        double k = Double.isNaN(scale) ? voteModel.unanimousEvidence(votes.medianTotal(), Math.max(2, hypotheses)) : scale;
        double[] own = new double[votes.size()];
        for (int i = 0; i < own.length; i++) {
            own[i] = votes.gold(i) < 0 ? 0 : k * votes.margin(i);
        }
        return own;
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

    /**
     * Whether a key shift covers a corrupted stretch: a shifted key looks corrupted to the key-state model, and
     * the shift is the better account of it (it names the cause and the right golds), so it is reported alone.
     */
    private static boolean explains(KeyRun shift, KeyRun corrupted) {
        return shift.chain().equals(corrupted.chain()) && shift.firstIndex() <= corrupted.firstIndex()
                && corrupted.lastIndex() <= shift.lastIndex();
    }

    /** Maximal stretches of one chain where the corrupted state is more likely than not. */
    private static List<KeyRun> corruptedRuns(VoteTable table, double[] corrupted, double[] logOdds,
                                              KeyStateModel keys) {
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
            runs.add(new KeyRun(table.chainName(first), first, i - 1, table.id(first),
                    table.id(i - 1), KeyRun.Kind.CORRUPTED, expectedWrong, keys.stretchPValue(table.chain(first))));
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
