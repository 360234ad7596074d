package org.evalaudit.noise.labels.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Per-subject comparison of two rankers: each subject's items are ranked on their own and scored by average
 * precision, and the paired differences are averaged over the subjects that have at least one positive.
 *
 * <p>Why: the pooled metrics mix two things, the order within a subject and how the scores of different
 * subjects interleave, and on the dev folder they are dominated by one subject (a stretch of 21 wrong keys).
 * The mean per-subject difference says whether a ranker orders the items of a typical subject better. Its
 * interval is a percentile bootstrap over subjects (Efron and Tibshirani 1993, §13.3): the subjects'
 * differences are drawn with replacement and averaged; a gain counts only if the interval excludes 0.
 *
 * @param field name of the truth field
 * @param rows one row per subject with at least one kept positive, in subject-name order
 * @param meanDifference mean over the rows of AP(a) - AP(b)
 * @param low 2.5% bootstrap percentile of the mean difference
 * @param high 97.5% bootstrap percentile of the mean difference
 * @param shareAbove share of bootstrap means above 0
 */
public record SubjectComparison(String field, List<Row> rows, double meanDifference, double low, double high,
                                double shareAbove) {

    /**
     * One subject.
     *
     * @param subject subject name
     * @param items kept items of the subject
     * @param positives kept positives of the subject
     * @param apA average precision of ranker a within the subject
     * @param apB average precision of ranker b within the subject
     */
    public record Row(String subject, int items, int positives, double apA, double apB) {
        public double difference() {
            return apA - apB;
        }
    }

    /**
     * Compares ranker a with ranker b subject by subject.
     *
     * @param scored items with their rankers' scores
     * @param a index of the first ranker
     * @param b index of the reference ranker
     * @param field truth field name (for the report)
     * @param positive the truth
     * @param keep items to measure (e.g. not uncertain)
     * @param leftOut subjects to leave out of the comparison
     * @param resamples bootstrap resamples (at least 1)
     * @param seed bootstrap seed
     */
    public static SubjectComparison of(ScoredItems scored, int a, int b, String field, Predicate<String> positive,
                                       Predicate<String> keep, Set<String> leftOut, int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        Map<String, String> subjectOf = new HashMap<>();
        for (int i = 0; i < scored.ids().size(); i++) {
            subjectOf.put(scored.ids().get(i), scored.subjects().get(i));
        }
        List<Row> rows = new ArrayList<>();
        for (String subject : new TreeSet<>(scored.subjects())) {
            if (leftOut.contains(subject)) {
                continue;
            }
            Predicate<String> inSubject = keep.and(id -> subject.equals(subjectOf.get(id)));
            long positives = scored.ids().stream().filter(inSubject).filter(positive).count();
            if (positives == 0) {
                continue;
            }
            int items = (int) scored.ids().stream().filter(inSubject).count();
            rows.add(new Row(subject, items, (int) positives,
                    scored.metrics(a, positive, inSubject).averagePrecision(),
                    scored.metrics(b, positive, inSubject).averagePrecision()));
        }
        double[] d = rows.stream().mapToDouble(Row::difference).toArray();
        if (d.length == 0) {
            return new SubjectComparison(field, List.of(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] means = new double[resamples];
        SplittableRandom random = new SplittableRandom(seed);
        int above = 0;
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int k = 0; k < d.length; k++) {
                sum += d[random.nextInt(d.length)];
            }
            means[r] = sum / d.length;
            above += means[r] > 0 ? 1 : 0;
        }
        double[] ci = RankingBootstrap.interval(means);
        return new SubjectComparison(field, List.copyOf(rows), Arrays.stream(d).average().orElseThrow(), ci[0], ci[1],
                above / (double) resamples);
    }

    /** True when the bootstrap interval lies wholly above or wholly below 0. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
