package org.evalaudit.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * Gathers the responses of every results file into one {@link Results}, applying the rules all result
 * formats share: a blank answer is an abstention (never dropped); a missing score is 0 for an abstention
 * and otherwise derived with {@link AnswerMatcher#matches} against the gold, taken from the benchmark or,
 * for an item the benchmark lacks, from the record itself.
 */
final class ResponseCollector {
    private final Results.Builder builder = Results.builder();
    private final Benchmark benchmark;
    private final Set<String> metricColumns = new LinkedHashSet<>();

    ResponseCollector(Benchmark benchmarkOrNull) {
        this.benchmark = benchmarkOrNull;
    }

    /** The benchmark's item with this id, or null. */
    Item benchmarkItem(String itemId) {
        return benchmark == null ? null : benchmark.item(itemId).orElse(null);
    }

    /**
     * Adds one response, or throws an {@link InputError} (field "score") and adds nothing when the score is
     * absent and cannot be derived.
     *
     * @param answer the extracted answer; null or blank is an abstention
     * @param score the given score in [0, 1], or null to derive it
     * @param recordItem the item as the record itself describes it (a log's target), or null
     */
    void add(Path file, long line, String itemId, String model, String template, int sample, String response,
             String answer, Double score, Item recordItem) {
        add(file, line, itemId, model, template, sample, response, answer, score, recordItem, null);
    }

    /**
     * As above, with the model's per-choice probabilities (A first, summing to 1) or null; their number must
     * match the item's choices when the benchmark knows the item (field "probabilities" otherwise).
     */
    void add(Path file, long line, String itemId, String model, String template, int sample, String response,
             String answer, Double score, Item recordItem, double[] probabilities) {
        Item known = benchmarkItem(itemId);
        if (probabilities != null && known != null && known.isMultipleChoice()
                && probabilities.length != known.choices().size()) {
            throw new InputError(file, line, "probabilities", "expected " + known.choices().size()
                    + " probabilities, one per choice of item \"" + itemId + "\", got " + probabilities.length);
        }
        String given = answer == null || answer.isBlank() ? null : answer.strip();
        double resolved;
        if (score != null) {
            resolved = score;
        } else if (given == null) {
            resolved = 0.0;
        } else {
            Item item = known != null ? known : recordItem;
            if (item == null || item.gold() == null) {
                throw new InputError(file, line, "score", "expected a score, or an answer and a gold answer to"
                        + " grade it against, got no score and " + (item == null
                        ? (benchmark == null ? "no benchmark" : "item \"" + itemId + "\" not in the benchmark")
                        : "no gold answer for item \"" + itemId + "\""));
            }
            resolved = AnswerMatcher.matches(given, item) ? 1.0 : 0.0;
        }
        builder.add(itemId, model, template, sample, response, given, resolved, probabilities);
    }

    /** Records numeric metric columns seen in the input, in first-seen order. */
    void metricColumns(Collection<String> names) {
        metricColumns.addAll(names);
    }

    Results build() {
        return builder.metricColumns(new ArrayList<>(metricColumns)).build();
    }
}
