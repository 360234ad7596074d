package org.evalaudit.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.model.Item;

/**
 * One Inspect {@code EvalSample} as a response, wherever the log keeps it: an element of the JSON log's
 * {@code samples} list ({@link InspectLogReader}) or an entry of a {@code .eval} archive
 * ({@link InspectArchive}).
 *
 * <ul>
 *   <li>Each {@code EvalSample} gives {@code id}, {@code epoch} (1-based; sample index = epoch - 1),
 *       {@code input} (text or chat messages), {@code choices}, {@code target} (text or list: the first
 *       is the gold), {@code output} ({@code completion}, else {@code choices[0].message.content}) and
 *       {@code scores} ({@code {scorer: {value, answer, explanation}}}).</li>
 *   <li>Score: the mapped scorer ({@code score=<scorer>}), else the first; values as
 *       {@link Scores#parseInspect}. {@code N} (no answer) is an abstention.</li>
 *   <li>Answer: the scorer's {@code answer}, else extracted leniently from the completion.</li>
 *   <li>Metric columns: the scorer names.</li>
 * </ul>
 */
final class InspectSamples {
    private final FieldMapping mapping;
    private final ResponseCollector out;

    InspectSamples(FieldMapping mapping, ResponseCollector out) {
        this.mapping = mapping;
        this.out = out;
    }

    /**
     * Adds the response of {@code sample}, which starts at {@code line} of {@code source}.
     *
     * @throws InputError naming {@code source}, {@code line} and the field when the sample is bad
     */
    void accept(Path source, long line, JsonNode sample, String model) {
        if (!sample.isObject()) {
            throw new InputError(source, line, null, "expected a sample object, got " + Json.describe(sample));
        }
        String id = sampleId(source, line, sample);
        JsonNode epoch = sample.path("epoch");
        int sampleIndex = epoch.canConvertToInt() ? Math.max(epoch.intValue() - 1, 0) : 0;
        List<String> choices = ItemParser.choiceList(source, line, "choices", sample.get("choices"));
        Item item = Item.of(id, inputText(sample.path("input")), choices,
                ItemParser.gold(source, line, "target", sample.get("target"), choices, choices.size()));
        String completion = completion(sample.path("output"));
        JsonNode scores = sample.path("scores");
        List<String> scorers = new ArrayList<>();
        scores.fieldNames().forEachRemaining(scorers::add);
        out.metricColumns(scorers);
        String scorer = mapping.override(Field.SCORE).isEmpty()
                ? (scorers.isEmpty() ? null : scorers.get(0)) : mapping.override(Field.SCORE).get(0);
        Double score = null;
        String answer;
        if (scorer == null) {
            answer = lenient(completion, item);
        } else {
            JsonNode chosen = scores.get(scorer);
            if (chosen == null) {
                throw new InputError(source, line, "scores." + scorer, "expected this scorer (mapped as score="
                        + scorer + "), got a sample scored by " + scorers);
            }
            JsonNode value = chosen.get("value");
            score = Scores.parseInspect(source, line, "scores." + scorer + ".value", value);
            JsonNode scoredAnswer = chosen.get("answer");
            if (value != null && value.isTextual() && "N".equalsIgnoreCase(value.textValue().strip())) {
                answer = null;
            } else if (!Json.isAbsent(scoredAnswer)) {
                answer = Json.text(source, line, "scores." + scorer + ".answer", scoredAnswer);
            } else {
                answer = lenient(completion, item);
            }
        }
        out.add(source, line, id, model, "", sampleIndex, completion, answer, score, item);
    }

    /** The model of a log's {@code eval} object: {@code eval.model}, else the log file's name stem. */
    static String model(JsonNode eval, Path file) {
        return eval.path("model").isTextual() ? eval.get("model").textValue() : InputFiles.stem(file);
    }

    private String sampleId(Path source, long line, JsonNode sample) {
        List<String> override = mapping.override(Field.ID);
        String column = override.isEmpty() ? "id" : override.get(0);
        JsonNode node = sample.has(column) ? sample.get(column) : sample.path("metadata").get(column);
        String id = Json.text(source, line, column, node);
        if (id == null || id.isBlank()) {
            throw new InputError(source, line, column, "expected a sample id, got " + Json.describe(node));
        }
        return id;
    }

    private String lenient(String completion, Item recordItem) {
        Item item = out.benchmarkItem(recordItem.id());
        return AnswerMatcher.extractLenient(completion, item != null ? item : recordItem);
    }

    /** The sample input: text, or the text of its user messages. */
    private static String inputText(JsonNode input) {
        if (input.isTextual()) {
            return input.textValue();
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode message : input) {
            if ("user".equals(message.path("role").asText())) {
                parts.add(contentText(message.path("content")));
            }
        }
        return String.join("\n", parts);
    }

    /** {@code output.completion}, else the content of the first choice's message; null when absent. */
    private static String completion(JsonNode output) {
        if (output.path("completion").isTextual()) {
            return output.get("completion").textValue();
        }
        JsonNode content = output.path("choices").path(0).path("message").path("content");
        return content.isMissingNode() || content.isNull() ? null : contentText(content);
    }

    /** Message content: a string, or a list of parts whose "text" parts are joined (reasoning is skipped). */
    private static String contentText(JsonNode content) {
        if (content.isTextual()) {
            return content.textValue();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                text.append(part.get("text").textValue());
            }
        }
        return text.toString();
    }
}
