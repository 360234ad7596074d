package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Sin 3, metric too complex: how many score/metric columns the results carry ({@link
 * Results#metricColumns()}; none listed means one score per response), how many subsets the benchmark
 * splits into (item subjects, item splits, the card's subsets), and whether one headline aggregate
 * exists: the card names a headline metric, or there is a single metric. Several metrics without a
 * headline let each reader pick the number that flatters a model.
 *
 * <p>Headline {@code metric_columns}. Severity: WARN when the results carry more than {@code
 * metric-complexity.max-metrics} (default 1) metrics and the card names no headline metric, or when the
 * card's headline metric is not one of the results' metric columns; PASS otherwise. Needs results or a
 * card.
 */
public final class MetricComplexityCheck implements Check {
    public static final String ID = "metric-complexity";
    public static final String MAX_METRICS = "metric-complexity.max-metrics";
    public static final int DEFAULT_MAX_METRICS = 1;
    /** Name shown for the single score of results that list no metric columns. */
    static final String IMPLICIT_SCORE = "score";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.METRIC_COMPLEXITY;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<Results> results = context.results();
        Optional<BenchmarkCard> card = context.card();
        if (results.isEmpty() && card.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(),
                    "neither results nor a benchmark card was given, so the metrics are unknown"));
        }
        List<String> metrics = results.map(r -> r.metricColumns().isEmpty() ? List.of(IMPLICIT_SCORE)
                : r.metricColumns()).orElse(null);
        String cardHeadline = card.map(BenchmarkCard::headlineMetric).filter(h -> !h.isBlank()).orElse(null);
        List<String> subjects = distinct(context.benchmark(), Item::subject);
        List<String> splits = distinct(context.benchmark(), Item::split);
        List<String> cardSubsets = card.map(BenchmarkCard::subsets).orElse(List.of());
        String headline = cardHeadline != null ? cardHeadline : metrics != null && metrics.size() == 1 ? metrics.get(0) : null;

        List<String> problems = new ArrayList<>();
        int maxMetrics = context.options().getInt(MAX_METRICS, DEFAULT_MAX_METRICS);
        if (metrics != null && metrics.size() > maxMetrics && cardHeadline == null) {
            problems.add("the results carry " + metrics.size() + " metrics (" + String.join(", ", metrics)
                    + ") and no headline metric is named, so readers can pick whichever flatters a model; "
                    + "name one headline metric in the benchmark card");
        }
        List<String> columns = results.map(Results::metricColumns).orElse(List.of());
        if (cardHeadline != null && !columns.isEmpty() && !columns.contains(cardHeadline)) {
            problems.add("the card's headline metric \"" + cardHeadline + "\" is not one of the results' metric "
                    + "columns (" + String.join(", ", columns) + ")");
        }

        Table table = Table.of("aspect", "count", "names")
                .row("metric columns", metrics == null ? null : (long) metrics.size(), metrics == null ? List.of() : metrics)
                .row("headline metric", headline == null ? 0L : 1L, headline == null ? List.of() : List.of(headline))
                .row("subjects", context.benchmark().isPresent() ? (Object) (long) subjects.size() : null, subjects)
                .row("splits", context.benchmark().isPresent() ? (Object) (long) splits.size() : null, splits)
                .row("card subsets", card.isPresent() ? (Object) (long) cardSubsets.size() : null, cardSubsets)
                .build();
        String subsets = "; subsets: " + (context.benchmark().isPresent()
                ? Texts.plural(subjects.size(), "subject", "subjects") + ", " + Texts.plural(splits.size(), "split", "splits")
                : "items not given") + (card.isPresent() ? ", " + Texts.plural(cardSubsets.size(), "card subset", "card subsets") : "");
        String summary;
        if (!problems.isEmpty()) {
            summary = capitalize(String.join("; ", problems)) + subsets + ".";
        } else if (metrics == null) {
            summary = "The card names \"" + headline + "\" as the headline metric; results were not given, so their "
                    + "metric columns were not counted" + subsets + ".";
        } else if (headline == null) {
            summary = "No headline metric is named, but the results carry only " + metrics.size() + " metrics ("
                    + String.join(", ", metrics) + "), within the limit of " + maxMetrics + subsets + ".";
        } else {
            summary = "One headline aggregate exists: \"" + headline + "\" (" + Texts.plural(metrics.size(), "metric", "metrics")
                    + " in the results" + (cardHeadline != null ? ", headline named by the card" : "") + ")" + subsets + ".";
        }
        Double count = metrics == null ? null : (double) metrics.size();
        return List.of(new Finding(ID, sin(), problems.isEmpty() ? Severity.PASS : Severity.WARN,
                new Headline("metric_columns", count), summary, table, List.of(), List.of()));
    }

    private static List<String> distinct(Optional<Benchmark> benchmark, Function<Item, String> field) {
        Set<String> values = new LinkedHashSet<>();
        benchmark.ifPresent(b -> b.items().forEach(item -> {
            String value = field.apply(item);
            if (value != null && !value.isBlank()) {
                values.add(value);
            }
        }));
        return List.copyOf(values);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
