package org.evalaudit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.ModelInfo;

/**
 * Reads the optional benchmark card, a JSON object:
 * <pre>{@code
 * {"name": "mmlu-redux", "headline_metric": "accuracy", "subsets": ["stem", "humanities"],
 *  "attestations": {"intended_users": "model developers", "expert_validated": true},
 *  "models": {"gpt-4o": {"release_date": "2024-05-13", "strong": true}}}
 * }</pre>
 * {@code models} may also be a list of {@code {"name", "release_date", "strong"}}. Attestation values are
 * kept as text (true -> "true", a list -> its items joined by ", "). Unknown top-level fields are ignored,
 * so cards can carry more than evalaudit reads. Errors name the line where the offending field starts.
 */
public final class CardReader {
    private CardReader() {
    }

    /** @throws InputError when the card is not valid JSON or a field has the wrong shape */
    public static Loaded<BenchmarkCard> read(Path file) {
        String name = InputFiles.stem(file);
        String headline = null;
        List<String> subsets = List.of();
        Map<String, String> attestations = Map.of();
        Map<String, ModelInfo> models = Map.of();
        try (InputStream in = CompressedInput.open(file); JsonParser parser = Json.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputError(file, 1, null, "expected a JSON object (the benchmark card)");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                long line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                JsonNode value = parser.readValueAsTree();
                switch (field) {
                    case "name" -> name = nonBlank(Json.text(file, line, field, value), name);
                    case "headline_metric" -> headline = Json.text(file, line, field, value);
                    case "subsets" -> subsets = textList(file, line, field, value);
                    case "attestations" -> attestations = attestations(file, line, value);
                    case "models" -> models = models(file, line, value);
                    default -> {
                        // other fields are for people, not for evalaudit
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw Json.invalid(file, e);
        } catch (IOException e) {
            throw InputFiles.unreadable(file, e);
        }
        BenchmarkCard card = new BenchmarkCard(name, headline, subsets, attestations, models);
        return new Loaded<>(card, List.of(new InputSummary("card", file.toString(), InputFiles.sha256(file), 1, 0,
                List.of())));
    }

    private static List<String> textList(Path file, long line, String field, JsonNode value) {
        if (Json.isAbsent(value)) {
            return List.of();
        }
        if (!value.isArray()) {
            String single = Json.text(file, line, field, value);
            return List.of(single);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String text = Json.text(file, line, field + "[" + i + "]", value.get(i));
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static Map<String, String> attestations(Path file, long line, JsonNode value) {
        if (Json.isAbsent(value)) {
            return Map.of();
        }
        if (!value.isObject()) {
            throw new InputError(file, line, "attestations", "expected an object of question: answer, got "
                    + Json.describe(value));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String field = "attestations." + entry.getKey();
            JsonNode answer = entry.getValue();
            if (answer.isObject()) {
                throw new InputError(file, line, field, "expected text, true/false, a number or a list, got an object");
            }
            if (!Json.isAbsent(answer)) {
                answers.put(entry.getKey(), answer.isArray()
                        ? String.join(", ", textList(file, line, field, answer))
                        : answer.asText());
            }
        }
        return answers;
    }

    private static Map<String, ModelInfo> models(Path file, long line, JsonNode value) {
        Map<String, ModelInfo> models = new LinkedHashMap<>();
        if (Json.isAbsent(value)) {
            return models;
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                models.put(entry.getKey(), model(file, line, "models." + entry.getKey(), entry.getKey(),
                        entry.getValue()));
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String field = "models[" + i + "]";
                String name = Json.text(file, line, field + ".name", value.get(i).get("name"));
                if (name == null || name.isBlank()) {
                    throw new InputError(file, line, field + ".name", "expected a model name, got nothing");
                }
                if (models.put(name, model(file, line, field, name, value.get(i))) != null) {
                    throw new InputError(file, line, field + ".name", "expected each model once, got \"" + name
                            + "\" twice");
                }
            }
        } else {
            throw new InputError(file, line, "models", "expected an object by model name or a list, got "
                    + Json.describe(value));
        }
        return models;
    }

    private static ModelInfo model(Path file, long line, String field, String name, JsonNode entry) {
        if (!entry.isObject()) {
            throw new InputError(file, line, field, "expected {\"release_date\", \"strong\"}, got "
                    + Json.describe(entry));
        }
        String date = Json.text(file, line, field + ".release_date", entry.get("release_date"));
        LocalDate released = null;
        if (date != null) {
            try {
                released = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new InputError(file, line, field + ".release_date", "expected a date like 2024-05-13, got \""
                        + date + "\"", e);
            }
        }
        JsonNode strong = entry.path("strong");
        boolean isStrong;
        if (strong.isMissingNode() || strong.isNull()) {
            isStrong = false;
        } else if (strong.isBoolean()) {
            isStrong = strong.booleanValue();
        } else if (strong.isTextual()
                && List.of("true", "false").contains(strong.textValue().toLowerCase(Locale.ROOT))) {
            isStrong = Boolean.parseBoolean(strong.textValue());
        } else {
            throw new InputError(file, line, field + ".strong", "expected true or false, got " + Json.describe(strong));
        }
        return new ModelInfo(name, released, isStrong);
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
