package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.io.FieldMapping.Field;
import org.evalaudit.core.model.Item;

/**
 * Inspect eval logs in JSON form (inspect_ai {@code EvalLog}): {@code {"version", "status", "eval": {"task",
 * "model", ...}, "samples": [EvalSample, ...], ...}}. The file is streamed twice, once for {@code eval}
 * and once sample by sample, so a log with large transcripts is never held whole.
 *
 * <ul>
 *   <li>Each {@code EvalSample} gives {@code id}, {@code epoch} (1-based; sample index = epoch - 1),
 *       {@code input} (text or chat messages), {@code choices}, {@code target} (text or list: the first
 *       is the gold), {@code output} ({@code completion}, else {@code choices[0].message.content}) and
 *       {@code scores} ({@code {scorer: {value, answer, explanation}}}).</li>
 *   <li>Score: the mapped scorer ({@code score=<scorer>}), else the first; values as
 *       {@link Scores#parseInspect}. {@code N} (no answer) is an abstention.</li>
 *   <li>Answer: the scorer's {@code answer}, else extracted leniently from the completion.</li>
 *   <li>Metric columns: the scorer names. Model: {@code eval.model}, else the file name stem.</li>
 * </ul>
 * The binary {@code .eval} form is not read: convert it with {@code inspect log convert --to json}.
 */
final class InspectLogReader {
    private static final String EXPECTED_LOG = "expected an Inspect eval log in JSON form (an object with"
            + " \"eval\" and \"samples\")";

    private final Path file;
    private final FieldMapping mapping;
    private final ResponseCollector out;
    private final SkipLog skips;

    InspectLogReader(Path file, FieldMapping mapping, ResponseCollector out, SkipLog skips) {
        this.file = file;
        this.mapping = mapping;
        this.out = out;
        this.skips = skips;
    }

    /** Reads the file; returns the number of samples loaded. */
    long read() {
        JsonNode eval = topLevel("eval");
        if (eval == null || !eval.isObject()) {
            throw new InputError(file, 0, "eval", EXPECTED_LOG + ", got no \"eval\" object");
        }
        String model = eval.path("model").isTextual() ? eval.get("model").textValue() : InputFiles.stem(file);
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (!seek(parser, "samples") || parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InputError(file, 0, "samples", EXPECTED_LOG + ", got no \"samples\" list (was the log"
                        + " written without samples?)");
            }
            long loaded = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode sample = parser.readValueAsTree();
                try {
                    accept(line, sample, model);
                    loaded++;
                } catch (InputError e) {
                    skips.skip(e);
                }
            }
            return loaded;
        } catch (JsonProcessingException e) {
            throw broken(e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    private void accept(long line, JsonNode sample, String model) {
        if (!sample.isObject()) {
            throw new InputError(file, line, null, "expected a sample object, got " + Json.describe(sample));
        }
        String id = sampleId(line, sample);
        JsonNode epoch = sample.path("epoch");
        int sampleIndex = epoch.canConvertToInt() ? Math.max(epoch.intValue() - 1, 0) : 0;
        List<String> choices = ItemParser.choiceList(file, line, "choices", sample.get("choices"));
        Item item = Item.of(id, inputText(sample.path("input")), choices,
                ItemParser.gold(file, line, "target", sample.get("target"), choices, choices.size()));
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
                throw new InputError(file, line, "scores." + scorer, "expected this scorer (mapped as score="
                        + scorer + "), got a sample scored by " + scorers);
            }
            JsonNode value = chosen.get("value");
            score = Scores.parseInspect(file, line, "scores." + scorer + ".value", value);
            JsonNode scoredAnswer = chosen.get("answer");
            if (value != null && value.isTextual() && "N".equalsIgnoreCase(value.textValue().strip())) {
                answer = null;
            } else if (!Json.isAbsent(scoredAnswer)) {
                answer = Json.text(file, line, "scores." + scorer + ".answer", scoredAnswer);
            } else {
                answer = lenient(completion, item);
            }
        }
        out.add(file, line, id, model, "", sampleIndex, completion, answer, score, item);
    }

    private String sampleId(long line, JsonNode sample) {
        List<String> override = mapping.override(Field.ID);
        String column = override.isEmpty() ? "id" : override.get(0);
        JsonNode node = sample.has(column) ? sample.get(column) : sample.path("metadata").get(column);
        String id = Json.text(file, line, column, node);
        if (id == null || id.isBlank()) {
            throw new InputError(file, line, column, "expected a sample id, got " + Json.describe(node));
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

    /** The value of a top-level field, streaming past the others; null when absent. */
    private JsonNode topLevel(String name) {
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            return seek(parser, name) ? parser.readValueAsTree() : null;
        } catch (JsonProcessingException e) {
            throw broken(e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
    }

    /** Moves the parser onto the value of top-level field {@code name}; false when the object lacks it. */
    private boolean seek(JsonParser parser, String name) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InputError(file, 1, null, EXPECTED_LOG + ", got something else");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (name.equals(field)) {
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private InputError broken(JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new InputError(file, line, null, "expected valid JSON, got " + Json.problem(e), e);
    }

    /** Whether the top-level object of {@code file} has an "eval" or "samples" field (format detection). */
    static boolean looksLikeInspectLog(Path file) {
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if ("eval".equals(field) || "samples".equals(field)) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
