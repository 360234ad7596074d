package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.io.FieldMapping.Role;

/**
 * An item-by-model score table: one record per item, its id, and one column per model holding that model's
 * score (0 to 1, true/false; empty for an item the model did not answer), as leaderboards and papers publish
 * them. The model columns are those whose value in the first record is a score; other columns (a subject, the
 * question) are left alone. A later value in a model column that is not a score is a bad record.
 */
final class WideResultsReader {
    private final Path file;
    private final FieldMapping mapping;
    private final ResponseCollector out;
    private final SkipLog skips;
    private final ItemParser items;
    private List<String> models;

    WideResultsReader(Path file, FieldMapping mapping, ResponseCollector out, SkipLog skips) {
        this.file = file;
        this.mapping = mapping;
        this.out = out;
        this.skips = skips;
        this.items = new ItemParser(mapping, Role.RESULTS);
    }

    long read() {
        return RecordFiles.forEach(file, skips, this::accept);
    }

    private void accept(long line, ObjectNode record) {
        MappedRecord r = mapping.map(Role.RESULTS, file, line, record);
        String itemId = items.id(r);
        if (models == null) {
            models = modelColumns(r);
        }
        for (String model : models) {
            Double score = Scores.parse(file, line, model, record.get(model));
            if (score != null) {
                out.add(file, line, itemId, model, "", 0, null, null, score, null, null);
            }
        }
    }

    /** The columns of the first record, other than the item id, whose value is a score. */
    private static List<String> modelColumns(MappedRecord r) {
        List<String> models = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals(r.column(Field.ID)) && isScore(field.getValue())) {
                models.add(field.getKey());
            }
        }
        return models;
    }

    /** Whether a value reads as a score: a number, true/false, or such a string. */
    static boolean isScore(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isNumber() || node.isBoolean()) {
            return true;
        }
        String text = node.asText().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return true;
        }
        try {
            Double.parseDouble(text);
            return !text.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Whether a first record looks like a row of such a table: an item id, no model, score, answer or
     * response column, and at least two score columns.
     */
    static boolean looksWide(MappedRecord r) {
        return r.column(Field.MODEL) == null && !r.hasOutcome() && r.column(Field.ID) != null
                && modelColumns(r).size() >= 2;
    }
}
