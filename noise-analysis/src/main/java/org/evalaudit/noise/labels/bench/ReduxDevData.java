package org.evalaudit.noise.labels.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/**
 * The MMLU-Redux dev folder of the shared data (items.jsonl, predictions.jsonl, truth.jsonl; fields in its
 * PROVENANCE.md), read directly with Jackson so the measurement does not depend on evalaudit's readers. A
 * null answer is an abstention; the score is 1 when the answer is the gold letter.
 *
 * @param benchmark the items, subject as subject and {@code question_source} as cluster
 * @param results one response per model and item
 * @param truth expert verdicts by item id
 */
public record ReduxDevData(Benchmark benchmark, Results results, Map<String, Truth> truth) {

    /**
     * The expert verdict on one item.
     *
     * @param labelError the gold is wrong and another choice is right
     * @param goldInvalid the gold is wrong, or no choice or several are right
     * @param uncertain the annotator could not verify the item
     * @param errorType the annotator's category (ok, wrong_groundtruth, no_correct_answer, ...)
     * @param correctedAnswer the annotator's letter for a wrong gold, or null
     */
    public record Truth(boolean labelError, boolean goldInvalid, boolean uncertain, String errorType,
                        String correctedAnswer) {
    }

    public static ReduxDevData read(Path folder) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Path itemsFile = folder.resolve("items.jsonl");
        forEach(mapper, itemsFile, (line, node) -> {
            List<String> choices = new ArrayList<>();
            node.path("choices").forEach(c -> choices.add(c.asText()));
            String id = text(itemsFile, line, node, "id");
            String answer = text(itemsFile, line, node, "gold");
            gold.put(id, answer);
            items.add(new Item(id, text(itemsFile, line, node, "question"), choices, answer,
                    node.path("question_source").asText(null), null,
                    node.path("subject").asText(null), Map.of()));
        });
        Results.Builder results = Results.builder();
        Path predictions = folder.resolve("predictions.jsonl");
        forEach(mapper, predictions, (line, node) -> {
            String id = text(predictions, line, node, "id");
            String answer = node.path("answer").isNull() ? null : node.path("answer").asText();
            results.add(id, text(predictions, line, node, "model"), "", 0, node.path("raw").asText(null), answer,
                    answer != null && answer.equals(gold.get(id)) ? 1 : 0);
        });
        Map<String, Truth> truth = new HashMap<>();
        Path truthFile = folder.resolve("truth.jsonl");
        forEach(mapper, truthFile, (line, node) -> truth.put(text(truthFile, line, node, "id"),
                new Truth(node.path("label_error").asBoolean(), node.path("gold_invalid").asBoolean(),
                        node.path("uncertain").asBoolean(), node.path("error_type").asText("ok"),
                        node.path("corrected_answer").asText(null))));
        return new ReduxDevData(new Benchmark("mmlu-redux-dev", items), results.build(), Map.copyOf(truth));
    }

    private interface RecordAction {
        void accept(long line, JsonNode node);
    }

    private static void forEach(ObjectMapper mapper, Path file, RecordAction action) throws IOException {
        try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            long line = 0;
            while (it.hasNextValue()) {
                line = it.getCurrentLocation().getLineNr();
                action.accept(line, it.nextValue());
            }
        }
    }

    private static String text(Path file, long line, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new InputError(file, line, field, "expected a string");
        }
        return value.asText();
    }
}
