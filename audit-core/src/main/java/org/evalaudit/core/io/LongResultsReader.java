package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        String itemId = items.id(file, line, record, new HashSet<>());
        String model = text(Field.MODEL, line, record);
        String template = text(Field.TEMPLATE, line, record);
        int sample = sample(line, record);
        String response = text(Field.RESPONSE, line, record);
        String scoreColumn = mapping.column(Field.SCORE, Role.RESULTS, record);
        Double score = Scores.parse(file, line, scoreColumn, mapping.value(Field.SCORE, Role.RESULTS, file, line,
                record));
        Item recordItem = mapping.column(Field.GOLD, Role.RESULTS, record) == null ? null
                : items.parse(file, line, record, itemId);
        String answer;
        if (mapping.column(Field.ANSWER, Role.RESULTS, record) != null) {
            answer = text(Field.ANSWER, line, record);
        } else {
            Item item = out.benchmarkItem(itemId);
            answer = response == null ? null
                    : AnswerMatcher.extractLenient(response, item != null ? item : recordItem);
        }
        out.add(file, line, itemId, model == null ? defaultModel : model, template == null ? "" : template,
                sample, response, answer, score, recordItem);
        out.metricColumns(metricColumns(record, scoreColumn));
    }

    private String text(Field field, long line, JsonNode record) {
        return Json.text(file, line, mapping.column(field, Role.RESULTS, record),
                mapping.value(field, Role.RESULTS, file, line, record));
    }

    private int sample(long line, JsonNode record) {
        String column = mapping.column(Field.SAMPLE, Role.RESULTS, record);
        JsonNode node = mapping.value(Field.SAMPLE, Role.RESULTS, file, line, record);
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
        throw new InputError(file, line, column, "expected an integer sample index or seed, got "
                + Json.describe(node));
    }

    private List<String> metricColumns(JsonNode record, String scoreColumn) {
        Set<String> mapped = new HashSet<>();
        for (Field field : Field.values()) {
            mapped.add(mapping.column(field, Role.RESULTS, record));
        }
        List<String> metrics = new ArrayList<>();
        if (scoreColumn != null) {
            metrics.add(scoreColumn);
        }
        for (Map.Entry<String, JsonNode> entry : record.properties()) {
            if (!mapped.contains(entry.getKey()) && isNumeric(entry.getValue())) {
                metrics.add(entry.getKey());
            }
        }
        return metrics;
    }

    private static boolean isNumeric(JsonNode node) {
        if (node.isNumber() || node.isBoolean()) {
            return true;
        }
        if (!node.isTextual()) {
            return false;
        }
        try {
            return Double.isFinite(Double.parseDouble(node.textValue().strip()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
