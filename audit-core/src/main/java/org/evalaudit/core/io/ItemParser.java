package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Set<String> used = new HashSet<>();
        String id = knownId != null ? knownId : id(file, line, record, used);
        String question = text(Field.QUESTION, file, line, record, used);
        List<String> choices = choices(file, line, record, used);
        String goldColumn = mapping.column(Field.GOLD, role, record);
        String gold = null;
        if (goldColumn != null) {
            used.add(goldColumn);
            gold = gold(file, line, goldColumn, mapping.value(Field.GOLD, role, file, line, record), choices,
                    choices.size());
        }
        String cluster = text(Field.CLUSTER, file, line, record, used);
        String split = text(Field.SPLIT, file, line, record, used);
        String subject = text(Field.SUBJECT, file, line, record, used);
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : record.properties()) {
            if (!used.contains(entry.getKey()) && entry.getValue().isTextual()) {
                metadata.put(entry.getKey(), entry.getValue().textValue());
            }
        }
        return new Item(id, question, choices, gold, cluster, split, subject, metadata);
    }

    /** The item id of {@code record}; an InputError when it is absent or blank. */
    String id(Path file, long line, JsonNode record, Set<String> used) {
        String column = mapping.column(Field.ID, role, record);
        if (column == null) {
            throw new InputError(file, line, "id", "expected an item id in one of "
                    + FieldMapping.commonNames(Field.ID, role) + " (or map it with id=<column>), got none");
        }
        used.add(column);
        String id = Json.text(file, line, column, mapping.value(Field.ID, role, file, line, record));
        if (id == null || id.isBlank()) {
            throw new InputError(file, line, column, "expected a non-empty item id, got "
                    + Json.describe(record.get(column)));
        }
        return id;
    }

    private String text(Field field, Path file, long line, JsonNode record, Set<String> used) {
        String column = mapping.column(field, role, record);
        if (column == null) {
            return null;
        }
        used.add(column);
        return Json.text(file, line, column, mapping.value(field, role, file, line, record));
    }

    private List<String> choices(Path file, long line, JsonNode record, Set<String> used) {
        List<String> columns = mapping.override(Field.CHOICES);
        if (columns.size() > 1) {
            List<String> choices = new ArrayList<>();
            for (String column : columns) {
                JsonNode node = record.get(column);
                if (node == null) {
                    throw new InputError(file, line, column, "expected this choice column (mapped as choices="
                            + String.join("|", columns) + "), got a record without it");
                }
                choices.add(choiceText(file, line, column, node));
                used.add(column);
            }
            return choices;
        }
        String column = mapping.column(Field.CHOICES, role, record);
        if (column != null) {
            used.add(column);
            return choiceList(file, line, column, mapping.value(Field.CHOICES, role, file, line, record));
        }
        return letterColumns(file, line, record, used);
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
    private static List<String> letterColumns(Path file, long line, JsonNode record, Set<String> used) {
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
            used.add(column);
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
