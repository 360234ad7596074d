package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.io.FieldMapping.Role;
import org.evalaudit.core.model.Item;

/**
 * Builds an {@link Item} from one record. Columns the mapping does not claim and that hold strings become
 * {@link Item#metadata()}. The gold is brought to the model's convention by {@link #gold}.
 */
final class ItemParser {
    private final FieldMapping mapping;
    private final Role role;

    ItemParser(FieldMapping mapping, Role role) {
        this.mapping = mapping;
        this.role = role;
    }

    /**
     * The item of {@code record}.
     *
     * @param knownId the id when the caller already knows it (a log's sample id), else null to read it
     */
    Item parse(Path file, long line, JsonNode record, String knownId) {
        return parse(mapping.map(role, file, line, record), knownId);
    }

    /** The item of an already mapped record. */
    Item parse(MappedRecord r, String knownId) {
        String id = knownId != null ? knownId : id(r);
        List<String> choices = choices(r);
        boolean letterColumns = r.column(Field.CHOICES) == null && mapping.override(Field.CHOICES).isEmpty()
                && !choices.isEmpty();
        String gold = r.column(Field.GOLD) == null ? null
                : gold(r.file, r.line, r.column(Field.GOLD), r.node(Field.GOLD), choices, choices.size());
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : r.record.properties()) {
            String name = entry.getKey();
            boolean choiceColumn = letterColumns && name.length() == 1 && name.charAt(0) >= 'A'
                    && name.charAt(0) < 'A' + choices.size() || mapping.override(Field.CHOICES).contains(name);
            if (entry.getValue().isTextual() && !r.isMapped(name) && !choiceColumn) {
                metadata.put(name, entry.getValue().textValue());
            }
        }
        return new Item(id, r.text(Field.QUESTION), choices, gold, r.text(Field.CLUSTER), r.text(Field.SPLIT),
                r.text(Field.SUBJECT), metadata);
    }

    /** Whether {@code record} has a column the mapping takes for the item id. */
    boolean hasId(Path file, long line, JsonNode record) {
        return mapping.map(role, file, line, record).column(Field.ID) != null;
    }

    /** The item id of a record; an InputError when it is absent or blank. */
    String id(MappedRecord r) {
        if (r.column(Field.ID) == null) {
            throw r.error(Field.ID, "expected an item id in one of " + FieldMapping.commonNames(Field.ID, role)
                    + " (or map it with id=<column>), got none");
        }
        String id = r.text(Field.ID);
        if (id == null || id.isBlank()) {
            throw r.error(Field.ID, "expected a non-empty item id, got " + Json.describe(r.node(Field.ID)));
        }
        return id;
    }

    private List<String> choices(MappedRecord r) {
        List<String> columns = mapping.override(Field.CHOICES);
        if (columns.size() > 1) {
            List<String> choices = new ArrayList<>();
            for (String column : columns) {
                JsonNode node = r.record.get(column);
                if (node == null) {
                    throw new InputError(r.file, r.line, column, "expected this choice column (mapped as choices="
                            + String.join("|", columns) + "), got a record without it");
                }
                choices.add(choiceText(r.file, r.line, column, node));
            }
            return choices;
        }
        if (r.column(Field.CHOICES) != null) {
            return choiceList(r.file, r.line, r.column(Field.CHOICES), r.node(Field.CHOICES));
        }
        return letterColumns(r.file, r.line, r.record);
    }

    /**
     * Choices given as a list, an object with a "text" list (Hugging Face ARC style), or a JSON list inside
     * a string (a CSV cell); absent means none.
     */
    static List<String> choiceList(Path file, long line, String field, JsonNode node) {
        if (Json.isAbsent(node)) {
            return List.of();
        }
        JsonNode list = node;
        if (list.isObject() && list.path("text").isArray()) {
            list = list.get("text");
        } else if (list.isTextual() && list.textValue().strip().startsWith("[")) {
            try {
                list = Json.MAPPER.readTree(list.textValue());
            } catch (JsonProcessingException e) {
                throw new InputError(file, line, field, "expected a JSON list of choices, got invalid JSON: "
                        + Json.problem(e), e);
            }
        }
        if (!list.isArray()) {
            throw new InputError(file, line, field, "expected a list of choices, got " + Json.describe(node));
        }
        List<String> choices = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            choices.add(choiceText(file, line, field + "[" + i + "]", list.get(i)));
        }
        return choices;
    }

    private static String choiceText(Path file, long line, String field, JsonNode node) {
        String text = Json.text(file, line, field, node);
        if (text == null) {
            throw new InputError(file, line, field, "expected the text of a choice, got nothing");
        }
        return text;
    }

    /** Choices in columns A, B, C, ...: used when both A and B are present, up to the first empty one. */
    private static List<String> letterColumns(Path file, long line, JsonNode record) {
        if (Json.isAbsent(record.get("A")) || Json.isAbsent(record.get("B"))) {
            return List.of();
        }
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            String column = Item.letter(i);
            String text = Json.text(file, line, column, record.get(column));
            if (text == null || text.isEmpty()) {
                break;
            }
            choices.add(text);
        }
        return choices;
    }

    /**
     * The gold in the model's convention: for multiple choice a letter when the input allows it (an integer
     * index, a letter in any of the forms {@code (b)}, {@code B.}, the text of exactly one choice, or a digit
     * string that is a valid index and not a choice's text); a GSM8K solution becomes the text after
     * {@code ####}; otherwise the text as given. A list (Inspect allows several targets) gives its first.
     *
     * @param choiceCount how many choices the item has; may exceed {@code choices.size()} when a log gives
     *     only per-choice scores and not the texts
     */
    static String gold(Path file, long line, String field, JsonNode node, List<String> choices, int choiceCount) {
        JsonNode value = node != null && node.isArray() ? node.path(0) : node;
        if (Json.isAbsent(value)) {
            return null;
        }
        if (value.isIntegralNumber() && choiceCount > 0) {
            long index = value.longValue();
            return index >= 0 && index < choiceCount ? Item.letter((int) index) : value.asText();
        }
        String text = Json.text(file, line, field, value).strip();
        if (text.contains("####")) {
            return AnswerMatcher.goldFromSolution(text);
        }
        if (text.isEmpty() || choiceCount == 0) {
            return text.isEmpty() ? null : text;
        }
        String normalized = AnswerMatcher.normalize(text);
        if (AnswerMatcher.isChoiceLetter(normalized, choiceCount)) {
            return normalized;
        }
        String byText = AnswerMatcher.letterOfChoice(text, choices);
        if (byText != null) {
            return byText;
        }
        if (text.chars().allMatch(Character::isDigit) && text.length() < 4
                && Integer.parseInt(text) < choiceCount) {
            return Item.letter(Integer.parseInt(text));
        }
        return text;
    }
}
