package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.labels.ClusterPrior;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;
import org.evalaudit.noise.labels.SimpleRankers;
import org.evalaudit.noise.labels.SuspectItem;
import org.evalaudit.noise.quality.TextCues;

/**
 * The rankers the bench measures: the three baselines, the default method, and one variant per signal (a
 * signal removed from, or an empirical-Bayes cluster prior added to, the default), so that what each signal
 * adds can be measured on the same bootstrap replicates.
 */
public final class LabelRankers {
    public static final String DISAGREEMENT = "vote share against gold";
    public static final String MARGIN = "normalised vote margin";
    public static final String DAWID_SKENE = "one-coin Dawid-Skene log-odds";
    public static final String METHOD = "evalaudit (default)";
    public static final String NO_KEY_STATE = "default without key-state model";
    public static final String NO_WEIGHTS = "default without reliability weights";
    public static final String NO_DUPLICATES = "default without duplicate conflicts";
    public static final String SUBJECT_PRIOR = "default + subject prior";
    public static final String SUBJECT_DIFFICULTY = "default, key states of per-subject evidence";
    public static final String NO_STRETCH_TEST = "default without the stretch test";
    public static final String WINDOW_PRIOR = "default + position-window prior (10 items)";
    public static final String CUE_PRIOR = "default + text-cue prior";
    public static final String SOURCE_PRIOR = "default + source prior";
    public static final String SOURCE_IN_SUBJECT = "default + source prior, subject level kept";
    public static final String DISCRIMINATION_PRIOR = "default + discrimination-band prior";
    /** Candidate signals ({@link CandidateSignals}), each a family over one parameter. */
    public static final String PER_SUBJECT_DS = "per-subject Dawid-Skene";
    static final int[] DISCRIMINATION_BETAS = {1, 2, 4, 8};
    static final int[] STRONGEST_GAMMAS = {1, 2, 4, 8};
    /** Fixed scales k of the margin evidence; 0 is the Dirichlet evidence itself (the default before k). */
    static final List<Double> MARGIN_EVIDENCE_SCALES = List.of(0.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0);
    /** Width of the position windows of the window prior. */
    static final int WINDOW = 10;

    private LabelRankers() {
    }

    /** The baselines and the default method only. */
    public static ScoredItems main(Benchmark benchmark, Results results) {
        return main(benchmark, results, LabelNoise.analyze(benchmark, results, LabelNoiseSettings.defaults()));
    }

    /** The baselines and the default method, whose result the caller has already computed. */
    static ScoredItems main(Benchmark benchmark, Results results, LabelNoiseResult result) {
        return score(benchmark, results, result, false);
    }

    /** The baselines, the default method and every ablation. */
    public static ScoredItems withAblations(Benchmark benchmark, Results results) {
        return score(benchmark, results, LabelNoise.analyze(benchmark, results, LabelNoiseSettings.defaults()), true);
    }

    private static ScoredItems score(Benchmark benchmark, Results results, LabelNoiseResult result, boolean ablations) {
        SimpleRankers.Scores base = SimpleRankers.of(benchmark, results);
        List<String> ids = base.itemIds();
        Map<String, Item> items = new HashMap<>();
        benchmark.items().forEach(item -> items.putIfAbsent(item.id(), item));
        List<String> subjects = ids.stream().map(id -> String.valueOf(items.get(id).subject())).toList();
        Map<String, double[]> scores = new LinkedHashMap<>();
        scores.put(DISAGREEMENT, base.disagreement());
        scores.put(MARGIN, base.margin());
        scores.put(DAWID_SKENE, base.dawidSkene());
        LabelNoiseSettings defaults = LabelNoiseSettings.defaults();
        double[] method = suspicion(result, ids);
        scores.put(METHOD, method);
        if (ablations) {
            scores.put(NO_KEY_STATE, suspicion(LabelNoise.analyze(benchmark, results,
                    defaults.withSignals(true, false, true)), ids));
            scores.put(NO_WEIGHTS, suspicion(LabelNoise.analyze(benchmark, results,
                    defaults.withSignals(false, true, true)), ids));
            scores.put(NO_DUPLICATES, suspicion(LabelNoise.analyze(benchmark, results,
                    defaults.withSignals(true, true, false)), ids));
            scores.put(NO_STRETCH_TEST, suspicion(LabelNoise.analyze(benchmark, results,
                    defaults.withStretchTest(false)), ids));
            scores.put(SUBJECT_DIFFICULTY, suspicion(LabelNoise.analyze(benchmark, results,
                    defaults.withSubjectDifficulty(true)), ids));
            double[] bySubject = pooled(method, groups(subjects));
            scores.put(SUBJECT_PRIOR, bySubject);
            scores.put(WINDOW_PRIOR, pooled(method, windows(subjects)));
            double[] bySource = pooled(method, groups(ids.stream().map(id -> sourceKey(items.get(id))).toList()));
            scores.put(SOURCE_PRIOR, bySource);
            scores.put(SOURCE_IN_SUBJECT, relativeToSubject(method, bySource, bySubject));
            scores.put(CUE_PRIOR, pooled(method, groups(ids.stream().map(id -> cueKey(items.get(id))).toList())));
            scores.put(DISCRIMINATION_PRIOR, pooled(method, groups(discriminationBands(result, ids))));
            for (int beta : DISCRIMINATION_BETAS) {
                scores.put(discriminationTerm(beta), CandidateSignals.withDiscrimination(result, ids, beta));
            }
            for (int gamma : STRONGEST_GAMMAS) {
                scores.put(strongestModels(gamma), CandidateSignals.strongestModelsMargin(benchmark, results,
                        CandidateSignals.voteWeights(result), ids, gamma));
            }
            scores.put(PER_SUBJECT_DS, CandidateSignals.perSubjectDawidSkene(benchmark, results, ids, subjects));
            for (double k : MARGIN_EVIDENCE_SCALES) {
                scores.put(marginEvidence(k), suspicion(LabelNoise.analyze(benchmark, results,
                        defaults.withMarginScale(k)), ids));
            }
        }
        return new ScoredItems(ids, subjects, List.copyOf(scores.keySet()), scores.values().toArray(new double[0][]));
    }

    /** Name of the default minus beta times the item discrimination. */
    public static String discriminationTerm(int beta) {
        return String.format(java.util.Locale.ROOT, "default - %d x discrimination", beta);
    }

    /** Name of the default with a fixed scale k of the margin evidence (0: the Dirichlet evidence). */
    public static String marginEvidence(double k) {
        return k == 0 ? "default with Dirichlet evidence (k 0)"
                : String.format(java.util.Locale.ROOT, "default with k %.0f x margin evidence", k);
    }

    /** Name of the weighted margin with weights w^gamma. */
    public static String strongestModels(int gamma) {
        return String.format(java.util.Locale.ROOT, "strongest-models margin, w^%d", gamma);
    }

    /** Suspicion per item id; NaN (ranked first) for items without a usable gold. */
    static double[] suspicion(LabelNoiseResult result, List<String> ids) {
        Map<String, Double> byId = new HashMap<>();
        for (SuspectItem item : result.ranking()) {
            byId.put(item.itemId(), item.suspicion() == null ? Double.NaN : item.suspicion());
        }
        return ids.stream().mapToDouble(byId::get).toArray();
    }

    private static double[] pooled(double[] logOdds, int[] groups) {
        double[] finite = logOdds.clone();
        for (int i = 0; i < finite.length; i++) {
            if (Double.isNaN(finite[i])) {
                finite[i] = 50;
            }
        }
        return ClusterPrior.adjust(finite, groups);
    }

    /**
     * The source prior's shift minus the subject prior's: items move within their subject toward their
     * source's rate, while the subject's level (which the pooled ranking across subjects is sensitive to)
     * stays where the default puts it.
     */
    private static double[] relativeToSubject(double[] method, double[] bySource, double[] bySubject) {
        double[] relative = new double[method.length];
        for (int i = 0; i < relative.length; i++) {
            relative[i] = Double.isNaN(method[i]) ? Double.NaN : method[i] + bySource[i] - bySubject[i];
        }
        return relative;
    }

    private static int[] groups(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        return keys.stream().mapToInt(k -> index.computeIfAbsent(k, x -> index.size())).toArray();
    }

    /** Consecutive windows of {@value #WINDOW} items within each subject. */
    private static int[] windows(List<String> subjects) {
        List<String> keys = new ArrayList<>(subjects.size());
        int position = 0;
        for (int i = 0; i < subjects.size(); i++) {
            position = i > 0 && subjects.get(i).equals(subjects.get(i - 1)) ? position + 1 : 0;
            keys.add(subjects.get(i) + "#" + position / WINDOW);
        }
        return groups(keys);
    }

    /**
     * Subject and source ({@link Item#cluster()}: the dev items' {@code question_source}, a URL reduced to its
     * host); the subject alone when the source is blank or only punctuation (such as "-").
     */
    private static String sourceKey(Item item) {
        String s = item.cluster() == null ? "" : item.cluster().trim();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            s = s.substring(s.indexOf("://") + 3).split("[/\\s?#]", 2)[0];
            s = s.startsWith("www.") ? s.substring(4) : s;
        }
        if (s.chars().noneMatch(Character::isLetterOrDigit)) {
            return item.subject() + "|";
        }
        return item.subject() + "|" + s;
    }

    /** The set of text cues of an item, as a cluster key. */
    private static String cueKey(Item item) {
        return TextCues.of(item).toString();
    }

    /** Negative (<= -0.2), flat, positive (>= 0.2) or undefined discrimination. */
    private static List<String> discriminationBands(LabelNoiseResult result, List<String> ids) {
        Map<String, String> band = new HashMap<>();
        for (SuspectItem item : result.ranking()) {
            Double d = item.discrimination();
            band.put(item.itemId(), d == null ? "undefined" : d <= -0.2 ? "negative" : d >= 0.2 ? "positive" : "flat");
        }
        return ids.stream().map(band::get).toList();
    }
}
