package org.evalaudit.noise.labels.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Measures the label analysis on the MMLU-Redux dev folder against the expert verdicts:
 * P@50, P@100, R@200 and AP against {@code gold_invalid} and {@code label_error} (uncertain items dropped)
 * for the three simple rankers and the default method, with 95% percentile intervals from a bootstrap over
 * subjects; paired differences of the method against each baseline; what each signal adds (ablations);
 * the same with 10 guessing models added to the pool (what the reliability weights are for); and a
 * leave-subjects-out check, where the method is rerun unchanged on random halves of the subjects; and a
 * per-subject comparison ({@link SubjectComparison}) with and without the one subject whose corrupted key
 * stretch dominates the pooled figures; and the candidate families chosen on half of the subjects and
 * measured on the other half, by per-subject AP ({@link #chooseOnHalves}) and, for the k x margin family, by
 * the issue's own pooled criterion ({@link #chooseOnPooledHalves}); and a stress test with wrong keys planted in
 * one subject at a time, scattered or as a key shifted by one ({@link PlantedKeyErrors}); a permutation null for the benchmark order
 * ({@link OrderPermutation}); and the verdicts and suggested answers against the experts
 * ({@link VerdictAgreement}); and, last, how far an ordering of the vote counts fitted to the truth beats the
 * baselines under the same bootstrap ({@link TruthFittedBound}).
 *
 * <p>Usage: {@code java -cp <classpath> org.evalaudit.noise.labels.bench.LabelEval <mmlu-redux-dev folder>
 * [resamples=1000] [seed=20261127]}.
 */
public final class LabelEval {
    /** Random halvings of the subjects for choosing a candidate's parameter. */
    static final int SPLITS = 20;
    private static final String[] METRICS = {"P@50", "P@100", "R@200", "AP"};
    /** The dev subject with a stretch of 21 consecutive wrong keys, left out to see the typical subject. */
    static final String CORRUPTED_STRETCH_SUBJECT = "college_chemistry";

    private LabelEval() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LabelEval <mmlu-redux-dev folder> [resamples] [seed]");
            System.exit(2);
        }
        int resamples = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261127L;
        ReduxDevData data = ReduxDevData.read(Path.of(args[0]));
        PrintStream out = System.out;
        ScoredItems scored = measure(data, data.results(), "MMLU-Redux dev, 20 HELM models", resamples, seed, out);
        perSubject(data, scored, resamples, seed, out);
        chooseOnHalves(data, scored, seed, out);
        chooseOnPooledHalves(data, scored, seed, out);
        measure(data, withGuessers(data, 10, seed), "the same plus 10 models that guess uniformly at random "
                + "(a mixed model pool: what the reliability weights are for)", resamples, seed, out);
        leaveSubjectsOut(data, out, seed);
        PlantedKeyErrors.run(data, seed, PlantedKeyErrors.RATES, out);
        PlantedKeyErrors.run(data, seed, PlantedKeyErrors.DENSE_RATES, out);
        PlantedKeyErrors.runShifts(data, out);
        OrderPermutation.run(data, seed, out);
        VerdictAgreement.run(data, out);
        TruthFittedBound.run(data, scored, resamples, seed, out);
    }

    /** The table, the paired differences and the ablations for one set of results; returns the scores. */
    static ScoredItems measure(ReduxDevData data, Results results, String title, int resamples, long seed, PrintStream out) {
        long start = System.nanoTime();
        ScoredItems scored = LabelRankers.withAblations(data.benchmark(), results);
        out.printf(Locale.ROOT, "%n######## %s: %d items, %d subjects, %d models; rankers scored in %.1f s%n", title,
                scored.ids().size(), new HashSet<>(scored.subjects()).size(), results.models().size(),
                (System.nanoTime() - start) / 1e9);
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        RankingBootstrap bootstrap = new RankingBootstrap(scored);
        for (String field : List.of("gold_invalid", "label_error")) {
            Predicate<String> positive = truth(data, field);
            List<RankingMetrics[]> reps = bootstrap.overSubjects(positive, keep, resamples, seed);
            out.printf(Locale.ROOT, "%n== %s (%d positives, uncertain items dropped; [95%% interval, bootstrap over "
                    + "subjects, %d resamples])%n", field, count(scored.ids(), positive, keep), resamples);
            out.printf(Locale.ROOT, "%-44s %-20s %-20s %-20s %-20s%n", "ranker", METRICS[0], METRICS[1], METRICS[2],
                    METRICS[3]);
            for (int r = 0; r < scored.rankers().size(); r++) {
                RankingMetrics point = scored.metrics(r, positive, keep);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s", scored.rankers().get(r)));
                for (String m : METRICS) {
                    double[] ci = RankingBootstrap.interval(column(reps, r, -1, m));
                    line.append(String.format(Locale.ROOT, " %.3f [%.2f,%.2f]  ", point.get(m), ci[0], ci[1]));
                }
                out.println(line);
            }
            int method = scored.ranker(LabelRankers.METHOD);
            out.printf(Locale.ROOT, "-- paired differences (row minus reference) with 95%% subject-bootstrap "
                    + "intervals, share of resamples where the difference is > 0%n");
            for (int r = 0; r < scored.rankers().size(); r++) {
                if (r != method) {
                    out.println(r < method ? pairedLine(scored, reps, method, r, positive, keep)
                            : pairedLine(scored, reps, r, method, positive, keep));
                }
            }
            List<RankingMetrics[]> itemReps = bootstrap.withinSubjects(positive, keep, resamples, seed);
            out.printf(Locale.ROOT, "-- the same against the baselines, bootstrap of the items within each subject "
                    + "(subjects fixed: the noise of this benchmark's item sample, not of its choice of subjects)%n");
            for (int r = 0; r < method; r++) {
                out.println(pairedLine(scored, itemReps, method, r, positive, keep));
            }
        }
        return scored;
    }

    /**
     * "a - b", then the point difference of P@50 and AP, each with its 95% percentile interval over the
     * bootstrap replicates and the share of replicates where a is ahead.
     */
    static String pairedLine(ScoredItems scored, List<RankingMetrics[]> reps, int a, int b, Predicate<String> positive,
                             Predicate<String> keep) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-70s",
                scored.rankers().get(a) + " - " + scored.rankers().get(b)));
        for (String m : new String[] {"P@50", "AP"}) {
            double[] d = column(reps, a, b, m);
            double[] ci = RankingBootstrap.interval(d);
            line.append(String.format(Locale.ROOT, " d%s %+.3f [%+.2f,%+.2f] P(>0)=%.2f ", m,
                    scored.metrics(a, positive, keep).get(m) - scored.metrics(b, positive, keep).get(m),
                    ci[0], ci[1], shareAbove(d)));
        }
        return line.toString();
    }

    /**
     * Per-subject average precision (each subject ranked on its own) of the method against one-coin
     * Dawid-Skene, subject by subject, then for every ranker the mean paired difference against Dawid-Skene
     * (and every variant against the method) with a bootstrap interval over subjects, on all subjects and
     * without {@value #CORRUPTED_STRETCH_SUBJECT}; and the pooled AP and P@50 over the other subjects.
     */
    static void perSubject(ReduxDevData data, ScoredItems scored, int resamples, long seed, PrintStream out) {
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        int method = scored.ranker(LabelRankers.METHOD);
        int reference = scored.ranker(LabelRankers.DAWID_SKENE);
        for (String field : List.of("gold_invalid", "label_error")) {
            Predicate<String> positive = truth(data, field);
            SubjectComparison table = SubjectComparison.of(scored, method, reference, field, positive, keep, Set.of(),
                    resamples, seed);
            out.printf(Locale.ROOT, "%n== per-subject AP, %s (each subject ranked on its own; subjects without a "
                    + "positive have no AP; uncertain dropped)%n", field);
            out.printf(Locale.ROOT, "%-38s %5s %9s %8s %8s %8s%n", "subject", "items", "positives", "method", "DS",
                    "diff");
            for (SubjectComparison.Row row : table.rows()) {
                out.printf(Locale.ROOT, "%-38s %5d %9d %8.3f %8.3f %+8.3f%n", row.subject(), row.items(),
                        row.positives(), row.apA(), row.apB(), row.difference());
            }
            out.printf(Locale.ROOT, "-- mean paired per-subject dAP [95%% bootstrap over subjects, %d resamples] "
                    + "P(>0); all subjects | without %s%n", resamples, CORRUPTED_STRETCH_SUBJECT);
            for (int r = 0; r < scored.rankers().size(); r++) {
                if (r != reference) {
                    printComparison(scored, r, reference, field, positive, keep, resamples, seed, out);
                }
            }
            for (int r = method + 1; r < scored.rankers().size(); r++) {
                printComparison(scored, r, method, field, positive, keep, resamples, seed, out);
            }
            Map<String, String> subjectOf = new HashMap<>();
            for (int i = 0; i < scored.ids().size(); i++) {
                subjectOf.put(scored.ids().get(i), scored.subjects().get(i));
            }
            Predicate<String> typical = keep.and(id -> !CORRUPTED_STRETCH_SUBJECT.equals(subjectOf.get(id)));
            out.printf(Locale.ROOT, "-- pooled over the subjects other than %s (%d positives): AP, P@50%n",
                    CORRUPTED_STRETCH_SUBJECT, count(scored.ids(), positive, typical));
            for (int r = 0; r < scored.rankers().size(); r++) {
                RankingMetrics m = scored.metrics(r, positive, typical);
                out.printf(Locale.ROOT, "%-44s AP %.3f  P@50 %.2f%n", scored.rankers().get(r), m.averagePrecision(),
                        m.precisionAt50());
            }
        }
    }

    /**
     * The candidate families ({@link CandidateSignals}) under the rule that a default is chosen on one half
     * of the subjects and reported on the other: over {@value #SPLITS} random halvings of the subjects other
     * than {@value #CORRUPTED_STRETCH_SUBJECT}, the member with the best mean per-subject AP on half A is
     * measured on half B (mean per-subject paired AP difference against the method and against Dawid-Skene).
     */
    static void chooseOnHalves(ReduxDevData data, ScoredItems scored, long seed, PrintStream out) {
        Map<String, List<String>> families = new LinkedHashMap<>();
        families.put("default - beta x discrimination", Arrays.stream(LabelRankers.DISCRIMINATION_BETAS)
                .mapToObj(LabelRankers::discriminationTerm).toList());
        families.put("strongest-models margin, w^gamma", Arrays.stream(LabelRankers.STRONGEST_GAMMAS)
                .mapToObj(LabelRankers::strongestModels).toList());
        families.put(LabelRankers.PER_SUBJECT_DS, List.of(LabelRankers.PER_SUBJECT_DS));
        families.put("default with a fixed k x margin evidence", LabelRankers.MARGIN_EVIDENCE_SCALES.stream()
                .map(LabelRankers::marginEvidence).toList());
        List<String> subjects = new ArrayList<>(new TreeSet<>(scored.subjects()));
        subjects.remove(CORRUPTED_STRETCH_SUBJECT);
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        int method = scored.ranker(LabelRankers.METHOD);
        int reference = scored.ranker(LabelRankers.DAWID_SKENE);
        int margin = scored.ranker(LabelRankers.MARGIN);
        out.printf(Locale.ROOT, "%n== candidate signals, chosen on half the subjects and measured on the other half "
                + "(%d random halvings of the %d subjects other than %s; per-subject AP)%n", SPLITS, subjects.size(),
                CORRUPTED_STRETCH_SUBJECT);
        for (String field : List.of("gold_invalid", "label_error")) {
            Predicate<String> positive = truth(data, field);
            for (Map.Entry<String, List<String>> family : families.entrySet()) {
                Map<String, Integer> chosen = new TreeMap<>();
                double[] vsMethod = new double[SPLITS];
                double[] vsReference = new double[SPLITS];
                double[] vsMargin = new double[SPLITS];
                List<List<String>> halvings = halvings(subjects, seed);
                for (int split = 0; split < SPLITS; split++) {
                    List<String> shuffled = halvings.get(split);
                    Set<String> outsideA = new HashSet<>(shuffled.subList(shuffled.size() / 2, shuffled.size()));
                    Set<String> outsideB = new HashSet<>(shuffled.subList(0, shuffled.size() / 2));
                    outsideA.add(CORRUPTED_STRETCH_SUBJECT);
                    outsideB.add(CORRUPTED_STRETCH_SUBJECT);
                    String best = null;
                    double bestMean = Double.NEGATIVE_INFINITY;
                    for (String member : family.getValue()) {
                        double mean = SubjectComparison.of(scored, scored.ranker(member), reference, field, positive,
                                keep, outsideA, 1, seed).rows().stream().mapToDouble(SubjectComparison.Row::apA)
                                .average().orElse(Double.NaN);
                        if (mean > bestMean) {
                            bestMean = mean;
                            best = member;
                        }
                    }
                    if (best == null) {
                        chosen.merge("(no positive in half A)", 1, Integer::sum);
                        vsMethod[split] = vsReference[split] = vsMargin[split] = Double.NaN;
                        continue;
                    }
                    chosen.merge(best, 1, Integer::sum);
                    vsMethod[split] = SubjectComparison.of(scored, scored.ranker(best), method, field, positive, keep,
                            outsideB, 1, seed).meanDifference();
                    vsReference[split] = SubjectComparison.of(scored, scored.ranker(best), reference, field, positive,
                            keep, outsideB, 1, seed).meanDifference();
                    vsMargin[split] = SubjectComparison.of(scored, scored.ranker(best), margin, field, positive,
                            keep, outsideB, 1, seed).meanDifference();
                }
                out.printf(Locale.ROOT, "%-13s %-34s on half B: dAP vs method %+.3f (better in %d/%d), vs DS %+.3f "
                        + "(better in %d/%d), vs margin %+.3f (better in %d/%d); chosen %s%n", field, family.getKey(),
                        mean(vsMethod), wins(vsMethod, new double[SPLITS]), SPLITS, mean(vsReference),
                        wins(vsReference, new double[SPLITS]), SPLITS, mean(vsMargin), wins(vsMargin, new double[SPLITS]),
                        SPLITS, chosen);
            }
        }
    }

    /**
     * The {@value #SPLITS} random orders of the subjects that define the halvings (half A the first
     * size/2 subjects, half B the rest), the same for every protocol given the same seed.
     */
    static List<List<String>> halvings(List<String> subjects, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> out = new ArrayList<>();
        for (int split = 0; split < SPLITS; split++) {
            List<String> shuffled = new ArrayList<>(subjects);
            Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
            out.add(List.copyOf(shuffled));
        }
        return out;
    }

    /**
     * The default with a fixed k x margin evidence (k 0: the Dirichlet evidence) under the issue's own criterion,
     * the POOLED ranking: over the {@value #SPLITS} halvings of {@link #halvings}, k is chosen by the pooled
     * AP on half A averaged over both truth fields, and on half B the pooled AP and P@50 of the chosen k are
     * compared with the default, the vote margin and Dawid-Skene (mean difference, halvings where the chosen
     * k is strictly better); once on half B alone and once with {@value #CORRUPTED_STRETCH_SUBJECT} added to
     * every half B (the corrupted stretch present).
     */
    static void chooseOnPooledHalves(ReduxDevData data, ScoredItems scored, long seed, PrintStream out) {
        List<String> members = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        members.add(LabelRankers.METHOD);
        labels.add("k auto (default)");
        for (double k : LabelRankers.MARGIN_EVIDENCE_SCALES) {
            members.add(LabelRankers.marginEvidence(k));
            labels.add(k == 0 ? "k 0 (Dirichlet)" : String.format(Locale.ROOT, "k %.0f", k));
        }
        // the rankers measured on half B: every member, then the margin and Dawid-Skene
        List<String> measured = new ArrayList<>(members);
        measured.add(LabelRankers.MARGIN);
        measured.add(LabelRankers.DAWID_SKENE);
        List<String> subjects = new ArrayList<>(new TreeSet<>(scored.subjects()));
        subjects.remove(CORRUPTED_STRETCH_SUBJECT);
        Map<String, String> subjectOf = new HashMap<>();
        for (int i = 0; i < scored.ids().size(); i++) {
            subjectOf.put(scored.ids().get(i), scored.subjects().get(i));
        }
        Predicate<String> keep = id -> !data.truth().get(id).uncertain();
        List<String> fields = List.of("gold_invalid", "label_error");
        String[] metrics = {"AP", "P@50"};
        // value[regime][field][metric][measured ranker][split]
        double[][][][][] value = new double[2][fields.size()][metrics.length][measured.size()][SPLITS];
        int[] chosen = new int[SPLITS];
        List<List<String>> halvings = halvings(subjects, seed);
        for (int split = 0; split < SPLITS; split++) {
            List<String> shuffled = halvings.get(split);
            Set<String> halfA = Set.copyOf(shuffled.subList(0, shuffled.size() / 2));
            double bestMean = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < members.size(); c++) {
                double sum = 0;
                for (String field : fields) {
                    sum += scored.metrics(scored.ranker(members.get(c)), truth(data, field),
                            keep.and(id -> halfA.contains(subjectOf.get(id)))).averagePrecision();
                }
                if (sum / fields.size() > bestMean) {
                    bestMean = sum / fields.size();
                    chosen[split] = c;
                }
            }
            for (int regime = 0; regime < 2; regime++) {
                Set<String> halfB = new HashSet<>(shuffled.subList(shuffled.size() / 2, shuffled.size()));
                if (regime == 1) {
                    halfB.add(CORRUPTED_STRETCH_SUBJECT);
                }
                Predicate<String> inB = keep.and(id -> halfB.contains(subjectOf.get(id)));
                for (int f = 0; f < fields.size(); f++) {
                    for (int r = 0; r < measured.size(); r++) {
                        RankingMetrics m = scored.metrics(scored.ranker(measured.get(r)), truth(data, fields.get(f)),
                                inB);
                        for (int x = 0; x < metrics.length; x++) {
                            value[regime][f][x][r][split] = m.get(metrics[x]);
                        }
                    }
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        labels.forEach(label -> counts.put(label, 0));
        Arrays.stream(chosen).forEach(c -> counts.merge(labels.get(c), 1, Integer::sum));
        out.printf(Locale.ROOT, "%n== default with a fixed k x margin evidence, chosen by POOLED AP on half A (mean of "
                + "both fields) and measured pooled on half B (%d halvings of the %d subjects other than %s); chosen "
                + "%s%n", SPLITS, subjects.size(), CORRUPTED_STRETCH_SUBJECT, counts);
        int marginAt = members.size();
        int dsAt = members.size() + 1;
        for (int regime = 0; regime < 2; regime++) {
            out.printf(Locale.ROOT, "-- half B %s: mean over halvings; d = row minus reference (halvings where the row "
                    + "is strictly better)%n", regime == 0 ? "alone" : "plus " + CORRUPTED_STRETCH_SUBJECT
                    + " (stretch present)");
            for (int f = 0; f < fields.size(); f++) {
                for (int x = 0; x < metrics.length; x++) {
                    double[][] v = value[regime][f][x];
                    double[] mine = new double[SPLITS];
                    for (int split = 0; split < SPLITS; split++) {
                        mine[split] = v[chosen[split]][split];
                    }
                    out.printf(Locale.ROOT, "%-13s %-5s margin %.3f  DS %.3f  default %.3f%n", fields.get(f),
                            metrics[x], mean(v[marginAt]), mean(v[dsAt]), mean(v[0]));
                    out.println(vsReferences("  chosen k", mine, v[0], v[marginAt], v[dsAt]));
                    for (int c = 1; c < members.size(); c++) {
                        out.println(vsReferences("  fixed " + labels.get(c), v[c], v[0], v[marginAt], v[dsAt]));
                    }
                }
            }
        }
    }

    /** One ranker's mean on half B and its differences to the default, the margin and Dawid-Skene. */
    private static String vsReferences(String label, double[] row, double[] method, double[] margin, double[] ds) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s %.3f", label, mean(row)));
        String[] names = {"default", "margin", "DS"};
        double[][] references = {method, margin, ds};
        for (int r = 0; r < references.length; r++) {
            double[] d = new double[row.length];
            for (int split = 0; split < row.length; split++) {
                d[split] = row[split] - references[r][split];
            }
            line.append(String.format(Locale.ROOT, " | vs %s %+.3f (%2d/%d)", names[r], mean(d),
                    wins(row, references[r]), row.length));
        }
        return line.toString();
    }

    private static void printComparison(ScoredItems scored, int a, int b, String field, Predicate<String> positive,
                                        Predicate<String> keep, int resamples, long seed, PrintStream out) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-44s - %-30s", scored.rankers().get(a),
                scored.rankers().get(b)));
        for (Set<String> leftOut : List.of(Set.<String>of(), Set.of(CORRUPTED_STRETCH_SUBJECT))) {
            SubjectComparison c = SubjectComparison.of(scored, a, b, field, positive, keep, leftOut, resamples, seed);
            line.append(String.format(Locale.ROOT, " | %+.3f [%+.3f,%+.3f] %.2f (%d subj)%s", c.meanDifference(),
                    c.low(), c.high(), c.shareAbove(), c.rows().size(), c.excludesZero() ? " *" : ""));
        }
        out.println(line);
    }

    /** The results plus {@code count} models that answer every item with a uniformly random letter. */
    static Results withGuessers(ReduxDevData data, int count, long seed) {
        Results.Builder builder = Results.builder();
        Results all = data.results();
        for (int row = 0; row < all.size(); row++) {
            builder.add(all.get(row));
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < count; j++) {
            for (Item item : data.benchmark().items()) {
                String answer = Item.letter(random.nextInt(item.choices().size()));
                builder.add(item.id(), "guesser-" + j, "", 0, null, answer, answer.equals(item.gold()) ? 1 : 0);
            }
        }
        return builder.build();
    }

    /** Runs the baselines and the method on random halves of the subjects, each half on its own. */
    static void leaveSubjectsOut(ReduxDevData data, PrintStream out, long seed) {
        List<String> subjects = new ArrayList<>(new java.util.TreeSet<>(data.benchmark().items().stream()
                .map(Item::subject).toList()));
        SplittableRandom random = new SplittableRandom(seed);
        int splits = 10;
        out.printf(Locale.ROOT, "%n== leave-subjects-out: the method rerun unchanged on each half of %d random "
                + "half-splits of the subjects (uncertain dropped)%n", splits);
        String[] rankers = {LabelRankers.DISAGREEMENT, LabelRankers.MARGIN, LabelRankers.DAWID_SKENE, LabelRankers.METHOD};
        for (String field : List.of("gold_invalid", "label_error")) {
            double[][] ap = new double[rankers.length][2 * splits];
            double[][] p50 = new double[rankers.length][2 * splits];
            for (int s = 0; s < splits; s++) {
                List<String> shuffled = new ArrayList<>(subjects);
                Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
                for (int half = 0; half < 2; half++) {
                    Set<String> chosen = new HashSet<>(half == 0 ? shuffled.subList(0, subjects.size() / 2)
                            : shuffled.subList(subjects.size() / 2, subjects.size()));
                    ScoredItems scored = subset(data, chosen);
                    for (int r = 0; r < rankers.length; r++) {
                        RankingMetrics m = scored.metrics(scored.ranker(rankers[r]), truth(data, field),
                                id -> !data.truth().get(id).uncertain());
                        ap[r][2 * s + half] = m.averagePrecision();
                        p50[r][2 * s + half] = m.precisionAt50();
                    }
                }
            }
            out.printf(Locale.ROOT, "-- %s: mean over %d halves (min to max); halves where the method beats it%n", field,
                    2 * splits);
            for (int r = 0; r < rankers.length; r++) {
                out.printf(Locale.ROOT, "%-44s AP %.3f (%.2f to %.2f)  P@50 %.3f (%.2f to %.2f)  %s%n", rankers[r],
                        mean(ap[r]), min(ap[r]), max(ap[r]), mean(p50[r]), min(p50[r]), max(p50[r]),
                        r == rankers.length - 1 ? "" : String.format(Locale.ROOT, "method beats it: AP %d/%d, P@50 %d/%d",
                                wins(ap[rankers.length - 1], ap[r]), 2 * splits, wins(p50[rankers.length - 1], p50[r]),
                                2 * splits));
            }
        }
    }

    /** The baselines and the method on the items of the chosen subjects only. */
    static ScoredItems subset(ReduxDevData data, Set<String> subjects) {
        List<Item> items = data.benchmark().items().stream().filter(i -> subjects.contains(i.subject())).toList();
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        return LabelRankers.main(new Benchmark("subset", items), CandidateSignals.restrict(data.results(), ids));
    }

    static Predicate<String> truth(ReduxDevData data, String field) {
        Map<String, ReduxDevData.Truth> truth = data.truth();
        return switch (field) {
            case "gold_invalid" -> id -> truth.get(id).goldInvalid();
            case "label_error" -> id -> truth.get(id).labelError();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static long count(List<String> ids, Predicate<String> positive, Predicate<String> keep) {
        return ids.stream().filter(keep).filter(positive).count();
    }

    /** Metric m of ranker a (minus ranker b when b >= 0) in every replicate. */
    private static double[] column(List<RankingMetrics[]> reps, int a, int b, String m) {
        return reps.stream().mapToDouble(x -> x[a].get(m) - (b >= 0 ? x[b].get(m) : 0)).toArray();
    }

    private static double shareAbove(double[] d) {
        return java.util.Arrays.stream(d).filter(Double::isFinite).filter(x -> x > 0).count()
                / (double) Math.max(1, java.util.Arrays.stream(d).filter(Double::isFinite).count());
    }

    private static int wins(double[] a, double[] b) {
        int w = 0;
        for (int k = 0; k < a.length; k++) {
            w += a[k] > b[k] ? 1 : 0;
        }
        return w;
    }

    private static double mean(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    private static double min(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private static double max(double[] x) {
        return java.util.Arrays.stream(x).filter(Double::isFinite).max().orElse(Double.NaN);
    }
}
