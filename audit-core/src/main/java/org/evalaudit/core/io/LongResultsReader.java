package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.io.FieldMapping.Role;
import org.evalaudit.core.model.Item;

/**
 * Long-format results, one response per record (JSON Lines, JSON array, CSV or TSV). The answer column
 * wins when present (null or blank: abstention); without one, the answer is extracted leniently from the
 * raw response. A record may carry its own gold (gold, target, label) for items the benchmark lacks.
 * Metric columns are the score column and every other unmapped column holding numbers or true/false.
 */
final class LongResultsReader {
    private final Path file;
    private final FieldMapping mapping;
    private final ResponseCollector out;
    private final SkipLog skips;
    private final ItemParser items;
    private final String defaultModel;

    LongResultsReader(Path file, FieldMapping mapping, ResponseCollector out, SkipLog skips) {
        this.file = file;
        this.mapping = mapping;
        this.out = out;
        this.skips = skips;
        this.items = new ItemParser(mapping, Role.RESULTS);
        this.defaultModel = InputFiles.stem(file);
    }

    long read() {
        return RecordFiles.forEach(file, skips, this::accept);
    }

    private void accept(long line, ObjectNode record) {
        MappedRecord r = mapping.map(Role.RESULTS, file, line, record);
        String itemId = items.id(r);
        if (!r.hasOutcome()) {
            throw r.error(Field.SCORE, "expected a score, an answer or a response (or map one with "
                    + "--results-fields), got none of them; a table with one score column per model is read with "
                    + "--results-format wide");
        }
        String model = r.text(Field.MODEL);
        String template = r.text(Field.TEMPLATE);
        String response = r.text(Field.RESPONSE);
        Double score = Scores.parse(file, line, r.column(Field.SCORE), r.node(Field.SCORE));
        Item recordItem = r.column(Field.GOLD) == null ? null : items.parse(r, itemId);
        String answer;
        if (r.column(Field.ANSWER) != null) {
            answer = r.text(Field.ANSWER);
        } else {
            Item item = out.benchmarkItem(itemId);
            answer = response == null ? null
                    : AnswerMatcher.extractLenient(response, item != null ? item : recordItem);
        }
        out.add(file, line, itemId, model == null || model.isBlank() ? defaultModel : model,
                template == null ? "" : template,
                sample(r), response, answer, score, recordItem, probabilities(r, line));
        out.metricColumns(metricColumns(r));
    }

    /** The record's per-choice probabilities, given directly or as log-probabilities, or null. */
    private double[] probabilities(MappedRecord r, long line) {
        if (!Json.isAbsent(r.node(Field.PROBABILITIES))) {
            return ChoiceProbabilities.fromProbabilities(file, line, r.column(Field.PROBABILITIES),
                    r.node(Field.PROBABILITIES));
        }
        if (!Json.isAbsent(r.node(Field.LOG_PROBABILITIES))) {
            return ChoiceProbabilities.fromLogProbabilities(file, line, r.column(Field.LOG_PROBABILITIES),
                    r.node(Field.LOG_PROBABILITIES));
        }
        return null;
    }

    private int sample(MappedRecord r) {
        JsonNode node = r.node(Field.SAMPLE);
        if (Json.isAbsent(node)) {
            return 0;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.parseInt(node.textValue().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw r.error(Field.SAMPLE, "expected an integer sample index or seed, got " + Json.describe(node));
    }

    private static List<String> metricColumns(MappedRecord r) {
        List<String> metrics = new ArrayList<>();
        if (r.column(Field.SCORE) != null) {
            metrics.add(r.column(Field.SCORE));
        }
        for (Map.Entry<String, JsonNode> entry : r.record.properties()) {
            if (isNumeric(entry.getValue()) && !r.isMapped(entry.getKey())) {
                metrics.add(entry.getKey());
            }
        }
        return metrics;
    }

    /** A JSON number or boolean, or text that is a finite number (CSV cells are text). */
    private static boolean isNumeric(JsonNode node) {
        if (node.isNumber() || node.isBoolean()) {
            return true;
        }
        String text = node.isTextual() ? node.textValue().strip() : "";
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || "+-.".indexOf(text.charAt(0)) >= 0)) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
