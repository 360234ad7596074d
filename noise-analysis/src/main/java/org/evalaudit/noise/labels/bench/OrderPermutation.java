package org.evalaudit.noise.labels.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.noise.labels.KeyRun;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;

/**
 * A permutation null for the benchmark's order, the one input of the key-state model besides the votes: the
 * items are shuffled within each subject (seeded), which keeps every item's votes and every subject's
 * difficulty and destroys only the runs. Two protocols: every subject shuffled (any stretch the default then
 * keeps is a false one, so this measures the stretch test on real answers), and every subject but
 * {@value LabelEval#CORRUPTED_STRETCH_SUBJECT} shuffled (the real stretch stays, so the typical subjects'
 * pooled AP shows what their own order adds through the model's neighbour pooling). The real order's AP is
 * compared with the permutations' (one-sided permutation p-value, (1 + shuffles at least as good) / (1 +
 * shuffles)), and the stretches kept in shuffled subjects are counted, with those that the default's own
 * permutation p-value would call a run (it should, by construction, in about 5 % of them).
 */
final class OrderPermutation {
    static final int PERMUTATIONS = 50;
    private static final List<String> FIELDS = List.of("gold_invalid", "label_error");

    private OrderPermutation() {
    }

    static void run(ReduxDevData data, long seed, PrintStream out) {
        Map<String, String> subjectOf = new HashMap<>();
        data.benchmark().items().forEach(item -> subjectOf.put(item.id(), item.subject()));
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        Predicate<String> typical = keep.and(id -> !LabelEval.CORRUPTED_STRETCH_SUBJECT.equals(subjectOf.get(id)));
        List<String> ids = data.benchmark().items().stream().map(Item::id).toList();
        List<String> subjects = ids.stream().map(subjectOf::get).toList();
        Outcome real = outcome(data, data.benchmark(), ids, subjects, keep, typical);
        out.printf(Locale.ROOT, "%n== the benchmark order as a permutation null: items shuffled within each subject "
                + "(%d permutations per protocol); default's AP, overall and pooled over the subjects other than %s%n",
                PERMUTATIONS, LabelEval.CORRUPTED_STRETCH_SUBJECT);
        out.printf(Locale.ROOT, "real order                       %s; corrupted stretches kept in %s%n",
                real.describe(), real.stretchChains);
        for (boolean keepStretchSubject : new boolean[] {false, true}) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Outcome> shuffled = new ArrayList<>();
            for (int p = 0; p < PERMUTATIONS; p++) {
                Benchmark benchmark = shuffleWithinSubjects(data.benchmark(), random.nextLong(),
                        keepStretchSubject ? LabelEval.CORRUPTED_STRETCH_SUBJECT : null);
                shuffled.add(outcome(data, benchmark, ids, subjects, keep, typical));
            }
            String protocol = keepStretchSubject ? "all but " + LabelEval.CORRUPTED_STRETCH_SUBJECT + " shuffled"
                    : "every subject shuffled";
            out.printf(Locale.ROOT, "-- %s%n", protocol);
            Map<String, Integer> chains = new LinkedHashMap<>();
            int withFalseStretch = 0;
            int withFalseRun = 0;
            for (Outcome o : shuffled) {
                Predicate<String> shuffledSubject = c -> !keepStretchSubject
                        || !c.equals(LabelEval.CORRUPTED_STRETCH_SUBJECT);
                List<String> falseChains = o.stretchChains.stream().filter(shuffledSubject).toList();
                falseChains.forEach(c -> chains.merge(c, 1, Integer::sum));
                withFalseStretch += falseChains.isEmpty() ? 0 : 1;
                withFalseRun += o.runChains.stream().anyMatch(shuffledSubject) ? 1 : 0;
            }
            out.printf(Locale.ROOT, "   permutations with a stretch kept in a shuffled subject: %d of %d %s; reported as "
                    + "a run (permutation p < %.2f): %d%n", withFalseStretch, PERMUTATIONS,
                    chains.isEmpty() ? "" : chains, KeyRun.RUN_LEVEL, withFalseRun);
            for (int column = 0; column < Outcome.COLUMNS.length; column++) {
                int c = column;
                DoubleSummaryStatistics values = shuffled.stream().mapToDouble(o -> o.ap[c]).summaryStatistics();
                long atLeast = shuffled.stream().filter(o -> o.ap[c] >= real.ap[c]).count();
                out.printf(Locale.ROOT, "   %-22s shuffled mean %.3f (%.3f to %.3f), real order %.3f, p = %.3f%n",
                        Outcome.COLUMNS[column], values.getAverage(), values.getMin(), values.getMax(), real.ap[column],
                        (1.0 + atLeast) / (1.0 + PERMUTATIONS));
            }
        }
    }

    /**
     * The default's AP, the chains of its corrupted stretches, and those of them whose permutation p-value
     * calls them runs, on one ordering of the benchmark.
     */
    private record Outcome(double[] ap, List<String> stretchChains, List<String> runChains) {
        static final String[] COLUMNS = {"overall gold_invalid", "overall label_error", "pooled gold_invalid",
            "pooled label_error"};

        String describe() {
            return String.format(Locale.ROOT, "overall AP %.3f / %.3f, pooled %.3f / %.3f", ap[0], ap[1], ap[2],
                    ap[3]);
        }
    }

    private static Outcome outcome(ReduxDevData data, Benchmark benchmark, List<String> ids, List<String> subjects,
                                   Predicate<String> keep, Predicate<String> typical) {
        LabelNoiseResult result = LabelNoise.analyze(benchmark, data.results(), LabelNoiseSettings.defaults());
        ScoredItems scored = new ScoredItems(ids, subjects, List.of(LabelRankers.METHOD),
                new double[][] {LabelRankers.suspicion(result, ids)});
        double[] ap = new double[4];
        for (int f = 0; f < FIELDS.size(); f++) {
            Predicate<String> positive = LabelEval.truth(data, FIELDS.get(f));
            ap[f] = scored.metrics(0, positive, keep).averagePrecision();
            ap[2 + f] = scored.metrics(0, positive, typical).averagePrecision();
        }
        List<KeyRun> corrupted = result.keyRuns().stream().filter(run -> run.kind() == KeyRun.Kind.CORRUPTED).toList();
        return new Outcome(ap, new ArrayList<>(new TreeSet<>(corrupted.stream().map(KeyRun::chain).toList())),
                new ArrayList<>(new TreeSet<>(corrupted.stream().filter(KeyRun::inRuns).map(KeyRun::chain).toList())));
    }

    /**
     * The benchmark with each subject's items in a random order (subjects stay in the order of their first
     * items, so each remains one chain, as it is in MMLU), except {@code unshuffled} (null: none); items without
     * a subject form one block.
     */
    static Benchmark shuffleWithinSubjects(Benchmark benchmark, long seed, String unshuffled) {
        Map<String, List<Item>> bySubject = new LinkedHashMap<>();
        for (Item item : benchmark.items()) {
            bySubject.computeIfAbsent(item.subject(), s -> new ArrayList<>()).add(item);
        }
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, List<Item>> subject : bySubject.entrySet()) {
            List<Item> block = new ArrayList<>(subject.getValue());
            if (unshuffled == null || !unshuffled.equals(subject.getKey())) {
                Collections.shuffle(block, random);
            }
            items.addAll(block);
        }
        return new Benchmark(benchmark.name(), items);
    }
}
