package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which input column holds which logical field. By default every field is found by the common names below
 * (first present wins, looked up per record); explicit overrides ({@code --benchmark-fields},
 * {@code --results-fields}) name the column instead, and a record without an overridden column is an
 * error rather than a silent null.
 *
 * <table>
 *   <caption>Auto-detected names, in priority order</caption>
 *   <tr><th>field</th><th>names</th></tr>
 *   <tr><td>id</td><td>benchmark: id, item_id, doc_id, example_id, question_id, task_id;
 *       results: item_id first, then the same</td></tr>
 *   <tr><td>question</td><td>question, prompt, input, problem, text</td></tr>
 *   <tr><td>choices</td><td>choices, options (a list, an object with a "text" list, or a JSON list in a
 *       CSV cell); else columns A, B, C, ... in a row</td></tr>
 *   <tr><td>gold</td><td>benchmark: answer, gold, target, label; results: gold, target, label</td></tr>
 *   <tr><td>cluster / split / subject</td><td>cluster / split / subject, category</td></tr>
 *   <tr><td>template / sample</td><td>template, prompt_template / sample, seed, sample_id</td></tr>
 *   <tr><td>model</td><td>model, model_name</td></tr>
 *   <tr><td>answer (results only)</td><td>answer, prediction, pred</td></tr>
 *   <tr><td>response</td><td>response, raw, output, completion</td></tr>
 *   <tr><td>score</td><td>score, correct, acc, pass1, exact_match, is_correct</td></tr>
 *   <tr><td>probabilities (results only)</td><td>probabilities, probs, choice_probs: one per choice</td></tr>
 *   <tr><td>logprobs (results only)</td><td>logprobs, choice_logprobs, loglikelihoods: one per choice</td></tr>
 * </table>
 */
public final class FieldMapping {
    /** The logical fields; {@link #keys()} are the names accepted in an override. */
    public enum Field {
        ID("id", "item_id"),
        QUESTION("question"),
        CHOICES("choices"),
        GOLD("gold"),
        CLUSTER("cluster"),
        SPLIT("split"),
        SUBJECT("subject"),
        TEMPLATE("template"),
        SAMPLE("sample"),
        MODEL("model"),
        ANSWER("answer"),
        RESPONSE("response"),
        SCORE("score"),
        PROBABILITIES("probabilities"),
        LOG_PROBABILITIES("logprobs");

        private final List<String> keys;

        Field(String... keys) {
            this.keys = List.of(keys);
        }

        /** Override keys naming this field, e.g. {@code id} and {@code item_id}. */
        public List<String> keys() {
            return keys;
        }
    }

    /** Which input a record comes from: "answer" is the gold in a benchmark and the model's answer in results. */
    public enum Role { BENCHMARK, RESULTS }

    private static final Field[] FIELDS = Field.values();
    private static final Map<Field, List<String>> COMMON = new EnumMap<>(Field.class);
    /** Common names by role and field ordinal, as arrays: looked up for every field of every record. */
    private static final String[][][] NAMES = new String[Role.values().length][FIELDS.length][];
    private static final FieldMapping AUTO = new FieldMapping(new EnumMap<>(Field.class));

    static {
        COMMON.put(Field.QUESTION, List.of("question", "prompt", "input", "problem", "text"));
        COMMON.put(Field.CHOICES, List.of("choices", "options"));
        COMMON.put(Field.CLUSTER, List.of("cluster"));
        COMMON.put(Field.SPLIT, List.of("split"));
        COMMON.put(Field.SUBJECT, List.of("subject", "category"));
        COMMON.put(Field.TEMPLATE, List.of("template", "prompt_template"));
        COMMON.put(Field.SAMPLE, List.of("sample", "seed", "sample_id"));
        COMMON.put(Field.MODEL, List.of("model", "model_name"));
        COMMON.put(Field.RESPONSE, List.of("response", "raw", "output", "completion"));
        COMMON.put(Field.SCORE, List.of("score", "correct", "acc", "pass1", "exact_match", "is_correct"));
        COMMON.put(Field.ID, List.of("id", "item_id", "doc_id", "example_id", "question_id", "task_id"));
        for (Role role : Role.values()) {
            Map<Field, List<String>> names = new EnumMap<>(COMMON);
            if (role == Role.RESULTS) {
                names.put(Field.ID, List.of("item_id", "id", "doc_id", "example_id", "question_id", "task_id"));
                names.put(Field.GOLD, List.of("gold", "target", "label"));
                names.put(Field.ANSWER, List.of("answer", "prediction", "pred"));
                names.put(Field.PROBABILITIES, List.of("probabilities", "probs", "choice_probs"));
                names.put(Field.LOG_PROBABILITIES, List.of("logprobs", "choice_logprobs", "loglikelihoods"));
            } else {
                names.put(Field.GOLD, List.of("answer", "gold", "target", "label"));
                names.put(Field.ANSWER, List.of());
                names.put(Field.PROBABILITIES, List.of());
                names.put(Field.LOG_PROBABILITIES, List.of());
            }
            names.forEach((field, list) -> NAMES[role.ordinal()][field.ordinal()] = list.toArray(new String[0]));
        }
    }

    private final Map<Field, List<String>> overrides;

    private FieldMapping(Map<Field, List<String>> overrides) {
        this.overrides = overrides;
    }

    /** Auto-detection only. */
    public static FieldMapping auto() {
        return AUTO;
    }

    /**
     * Parses {@code id=qid,gold=answer_letter}: comma-separated {@code field=column} pairs, field names as
     * in {@link Field#keys()} (case-insensitive). Choices may name several columns: {@code choices=a|b|c|d}.
     * Null or blank means {@link #auto()}.
     *
     * @throws IllegalArgumentException for an unknown field, a pair without '=', an empty column or a
     *     field given twice; the message lists the known fields
     */
    public static FieldMapping parseOverrides(String spec) {
        if (spec == null || spec.isBlank()) {
            return AUTO;
        }
        Map<Field, List<String>> parsed = new EnumMap<>(Field.class);
        for (String pair : spec.split(",")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("field mapping: expected field=column, got \"" + pair.strip()
                        + "\"; known fields: " + knownKeys());
            }
            Field field = field(pair.substring(0, eq).strip());
            List<String> columns = Arrays.stream(pair.substring(eq + 1).split("\\|"))
                    .map(String::strip).collect(Collectors.toList());
            if (columns.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("field mapping: expected a column name after \""
                        + pair.substring(0, eq + 1).strip() + "\", got \"" + pair.strip() + "\"");
            }
            if (columns.size() > 1 && field != Field.CHOICES) {
                throw new IllegalArgumentException("field mapping: only choices may name several columns, got \""
                        + pair.strip() + "\"");
            }
            if (parsed.put(field, List.copyOf(columns)) != null) {
                throw new IllegalArgumentException("field mapping: field \"" + field.keys().get(0)
                        + "\" is given twice in \"" + spec + "\"");
            }
        }
        return new FieldMapping(parsed);
    }

    /** A copy with {@code field} mapped to {@code columns}. */
    public FieldMapping with(Field field, String... columns) {
        if (columns.length == 0 || (columns.length > 1 && field != Field.CHOICES)) {
            throw new IllegalArgumentException("expected one column (several only for choices) for " + field);
        }
        Map<Field, List<String>> copy = new EnumMap<>(Field.class);
        copy.putAll(overrides);
        copy.put(field, List.of(columns));
        return new FieldMapping(copy);
    }

    /** The overridden columns of {@code field}; empty when it is auto-detected. */
    public List<String> override(Field field) {
        return overrides.getOrDefault(field, List.of());
    }

    /** The names auto-detection tries for {@code field}, in priority order (choices: list columns only). */
    public static List<String> commonNames(Field field, Role role) {
        return List.of(NAMES[role.ordinal()][field.ordinal()]);
    }

    /**
     * The column holding {@code field} in this record: the override (even when the record lacks it, so
     * that the caller reports it), else the first common name present (a JSON null counts as present), else
     * null.
     */
    String column(Field field, Role role, JsonNode record) {
        List<String> override = overrides.get(field);
        if (override != null) {
            return override.get(0);
        }
        for (String name : NAMES[role.ordinal()][field.ordinal()]) {
            if (record.has(name)) {
                return name;
            }
        }
        return null;
    }

    /** The record with the column of every field resolved once. */
    MappedRecord map(Role role, Path file, long line, JsonNode record) {
        String[] columns = new String[FIELDS.length];
        for (Field field : FIELDS) {
            columns[field.ordinal()] = column(field, role, record);
        }
        return new MappedRecord(file, line, record, columns, this);
    }

    /** The overrides in {@code field=column} form, as accepted by {@link #parseOverrides}. */
    @Override
    public String toString() {
        List<String> pairs = new ArrayList<>();
        overrides.forEach((field, columns) -> pairs.add(field.keys().get(0) + "=" + String.join("|", columns)));
        return String.join(",", pairs);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldMapping && ((FieldMapping) other).overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }

    private static Field field(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (Field field : Field.values()) {
            if (field.keys().contains(lower)) {
                return field;
            }
        }
        throw new IllegalArgumentException("field mapping: unknown field \"" + key + "\"; known fields: "
                + knownKeys());
    }

    private static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Field field : Field.values()) {
            keys.addAll(field.keys());
        }
        return String.join(", ", keys);
    }
}
