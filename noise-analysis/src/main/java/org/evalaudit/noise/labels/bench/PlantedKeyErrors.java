package org.evalaudit.noise.labels.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;
import org.evalaudit.noise.labels.Verdict;

/**
 * A stress test for the holdout's likely case, a subject with many scattered wrong keys (MMLU-Redux found
 * more than half of MMLU's virology items flawed): in one dev subject at a time, a share of the golds is
 * replaced by a random other letter (seeded), and every ranker is measured by AP against the planted keys
 * together with the experts' {@code gold_invalid} (uncertain items dropped), on all subjects and without
 * {@value LabelEval#CORRUPTED_STRETCH_SUBJECT}. A method that explains a subject's disagreement away as
 * difficulty ranks such errors low; one that finds dense wrong keys ranks them high.
 */
final class PlantedKeyErrors {
    /** Two easy, two middling and two hard dev subjects (by the models' accuracy on them). */
    static final List<String> SUBJECTS = List.of("astronomy", "marketing", "high_school_macroeconomics", "nutrition",
            "machine_learning", "abstract_algebra");
    static final double[] RATES = {0.15, 0.30};
    /**
     * Half or more of a subject's keys wrong (MMLU-Redux found most virology items flawed); printed apart from
     * {@link #RATES}.
     */
    static final double[] DENSE_RATES = {0.50, 0.70};
    private static final String LETTERS = "ABCDEFGHIJ";

    private PlantedKeyErrors() {
    }

    static void run(ReduxDevData data, long seed, double[] rates, PrintStream out) {
        SplittableRandom random = new SplittableRandom(seed);
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        out.printf(Locale.ROOT, "%n== planted wrong keys: a share of one subject's golds replaced at random; AP against "
                + "planted or gold_invalid, all subjects / without %s%n", LabelEval.CORRUPTED_STRETCH_SUBJECT);
        List<String> names = null;
        double[][] sums = null;
        int cases = 0;
        for (String subject : SUBJECTS) {
            for (double rate : rates) {
                Set<String> planted = new HashSet<>();
                Benchmark benchmark = plant(data.benchmark(), subject, rate, random, planted);
                ScoredItems scored = withCandidates(LabelRankers.main(benchmark, data.results()), benchmark, data);
                Predicate<String> positive = id -> planted.contains(id) || data.truth().get(id).goldInvalid();
                Map<String, String> subjectOf = new HashMap<>();
                for (int i = 0; i < scored.ids().size(); i++) {
                    subjectOf.put(scored.ids().get(i), scored.subjects().get(i));
                }
                Predicate<String> typical = keep.and(id -> !LabelEval.CORRUPTED_STRETCH_SUBJECT.equals(subjectOf.get(id)));
                if (names == null) {
                    names = scored.rankers();
                    sums = new double[names.size()][2];
                }
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-28s %.2f %3d planted:", subject,
                        rate, planted.size()));
                for (int r = 0; r < names.size(); r++) {
                    double all = scored.metrics(r, positive, keep).averagePrecision();
                    double without = scored.metrics(r, positive, typical).averagePrecision();
                    sums[r][0] += all;
                    sums[r][1] += without;
                    line.append(String.format(Locale.ROOT, " | %s %.3f / %.3f", names.get(r), all, without));
                }
                out.println(line);
                cases++;
            }
        }
        out.printf(Locale.ROOT, "-- mean AP over the %d cases, all subjects / without %s%n", cases,
                LabelEval.CORRUPTED_STRETCH_SUBJECT);
        for (int r = 0; r < names.size(); r++) {
            out.printf(Locale.ROOT, "%-44s %.3f / %.3f%n", names.get(r), sums[r][0] / cases, sums[r][1] / cases);
        }
    }

    /**
     * A shifted key in real answers: in each subject of {@link #SUBJECTS} in turn, items 40 to 54 take the gold
     * of the next item (as when one answer is lost from a key); the golds that change are the planted errors.
     * Prints how many of them the default calls key_shift, and every ranker's AP against planted or
     * gold_invalid.
     */
    static void runShifts(ReduxDevData data, PrintStream out) {
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        out.printf(Locale.ROOT, "%n== planted key shifts: items 40 to 54 of one subject take the next item's gold; AP "
                + "against changed golds or gold_invalid%n");
        for (String subject : SUBJECTS) {
            Set<String> planted = new HashSet<>();
            Benchmark benchmark = shift(data.benchmark(), subject, SHIFT_FROM, SHIFT_TO, planted);
            LabelNoiseResult result = LabelNoise.analyze(benchmark, data.results(), LabelNoiseSettings.defaults());
            long called = result.ranking().stream()
                    .filter(item -> planted.contains(item.itemId()) && item.verdict() == Verdict.KEY_SHIFT).count();
            ScoredItems scored = LabelRankers.main(benchmark, data.results(), result);
            Predicate<String> positive = id -> planted.contains(id) || data.truth().get(id).goldInvalid();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%-28s %2d changed, %2d called key_shift:", subject, planted.size(), called));
            for (int r = 0; r < scored.rankers().size(); r++) {
                line.append(String.format(Locale.ROOT, " | %s %.3f", scored.rankers().get(r),
                        scored.metrics(r, positive, keep).averagePrecision()));
            }
            out.println(line);
        }
    }

    private static final int SHIFT_FROM = 40;
    private static final int SHIFT_TO = 55;

    /** The benchmark with items [from, to) of {@code subject} (by position in it) given the next item's gold. */
    private static Benchmark shift(Benchmark benchmark, String subject, int from, int to, Set<String> changed) {
        List<Item> items = new ArrayList<>(benchmark.items());
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (subject.equals(items.get(i).subject())) {
                positions.add(i);
            }
        }
        for (int k = from; k < to && k + 1 < positions.size(); k++) {
            Item item = benchmark.items().get(positions.get(k));
            String next = benchmark.items().get(positions.get(k + 1)).gold();
            if (!next.equals(item.gold())) {
                changed.add(item.id());
            }
            items.set(positions.get(k), item.withGold(next));
        }
        return new Benchmark(benchmark.name(), items);
    }

    /** The benchmark with each gold of {@code subject} replaced, with probability {@code rate}, by another letter. */
    private static Benchmark plant(Benchmark benchmark, String subject, double rate, SplittableRandom random,
                                   Set<String> planted) {
        List<Item> items = new ArrayList<>(benchmark.items().size());
        for (Item item : benchmark.items()) {
            int choices = item.choices().size();
            int gold = LETTERS.indexOf(item.gold());
            if (subject.equals(item.subject()) && gold >= 0 && choices > 1 && random.nextDouble() < rate) {
                String wrong = String.valueOf(LETTERS.charAt((gold + 1 + random.nextInt(choices - 1)) % choices));
                items.add(item.withGold(wrong));
                planted.add(item.id());
            } else {
                items.add(item);
            }
        }
        return new Benchmark(benchmark.name(), items);
    }

    /**
     * The scored items with two variants of the default added as rankers: the default before the fifth
     * session (Dirichlet evidence) and the key-state model of per-subject evidence (twelfth session).
     */
    private static ScoredItems withCandidates(ScoredItems scored, Benchmark benchmark, ReduxDevData data) {
        List<String> rankers = new ArrayList<>(scored.rankers());
        rankers.add(LabelRankers.marginEvidence(0));
        rankers.add(LabelRankers.SUBJECT_DIFFICULTY);
        double[][] scores = Arrays.copyOf(scored.scores(), scored.scores().length + 2);
        scores[scores.length - 2] = LabelRankers.suspicion(LabelNoise.analyze(benchmark, data.results(),
                LabelNoiseSettings.defaults().withMarginScale(0)), scored.ids());
        scores[scores.length - 1] = LabelRankers.suspicion(LabelNoise.analyze(benchmark, data.results(),
                LabelNoiseSettings.defaults().withSubjectDifficulty(true)), scored.ids());
        return new ScoredItems(scored.ids(), scored.subjects(), rankers, scores);
    }
}
