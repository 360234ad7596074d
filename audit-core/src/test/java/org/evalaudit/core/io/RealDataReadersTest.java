package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The readers on the real data in {@code ../shared/data} (see its README.md and PROVENANCE.md); expected
 * values are recomputed here from the files with a plain Jackson read, independent of the readers.
 */
class RealDataReadersTest {

    /** Every JSON value of a JSON Lines file, read as a stream of root values (no line splitting). */
    private static List<JsonNode> jsonValues(Path file) throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = Json.MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            it.forEachRemaining(values::add);
        }
        return values;
    }

    @Test
    void mmluReduxPredictionsKeepEveryNullAnswerAsAnAbstentionPerModel() throws IOException {
        Path itemsFile = SharedData.require("mmlu-redux-dev/items.jsonl");
        Path predictionsFile = SharedData.require("mmlu-redux-dev/predictions.jsonl");
        Loaded<Benchmark> benchmark = BenchmarkReader.read(itemsFile, null, ErrorPolicy.FAIL);
        assertEquals(2000, benchmark.value().size());
        Loaded<Results> loaded = ResultsReader.read(List.of(predictionsFile), benchmark.value(), null,
                ErrorPolicy.FAIL);
        Results results = loaded.value();

        Map<String, String> gold = new HashMap<>();
        jsonValues(itemsFile).forEach(item -> gold.put(item.get("id").asText(), item.get("gold").asText()));
        List<JsonNode> predictions = jsonValues(predictionsFile);
        Map<String, Integer> expectedNulls = new TreeMap<>();
        for (JsonNode p : predictions) {
            expectedNulls.merge(p.get("model").asText(), p.get("answer").isNull() ? 1 : 0, Integer::sum);
        }
        Map<String, Integer> abstentions = new TreeMap<>();
        for (int row = 0; row < results.size(); row++) {
            abstentions.merge(results.models().get(results.model(row)), results.isAbstention(row) ? 1 : 0,
                    Integer::sum);
            JsonNode p = predictions.get(row);
            String answer = p.get("answer").isNull() ? null : p.get("answer").asText();
            double expectedScore = answer != null && answer.equals(gold.get(p.get("id").asText())) ? 1 : 0;
            assertEquals(expectedScore, results.score(row), "row " + (row + 1));
            assertEquals(p.get("raw").asText(), results.response(row));
        }

        assertEquals(40_000, results.size());
        assertEquals(20, results.models().size());
        assertEquals(expectedNulls, abstentions);
        assertEquals(381, abstentions.values().stream().mapToInt(Integer::intValue).sum(), "README: 381 in all");
        assertEquals(182, abstentions.get("openai_gpt-4-1106-preview"), "README: gpt-4-1106-preview has 182");
        assertEquals(55, abstentions.get("google_gemini-1.5-pro-001"), "README: Gemini models have 55 each");
        assertEquals(List.of(), results.metricColumns(), "scores are derived, the file has no metric column");
        InputSummary summary = loaded.inputs().get(0);
        assertEquals(40_000, summary.records());
        assertEquals(0, summary.skipped());
    }

    @Test
    void mmluReduxItemsKeepUnmappedStringsAsMetadata() {
        Benchmark benchmark = BenchmarkReader.read(SharedData.require("mmlu-redux-dev/items.jsonl"), null,
                ErrorPolicy.FAIL).value();
        Item first = benchmark.items().get(0);
        assertEquals("mmlu_redux/abstract_algebra/000", first.id());
        assertEquals("abstract_algebra", first.subject());
        assertEquals("A", first.gold());
        assertEquals("mmlu", first.metadata().get("benchmark"));
        assertTrue(first.metadata().containsKey("question_source"));
        assertTrue(benchmark.items().stream().allMatch(item -> item.choices().size() == 4 && item.goldIndex() >= 0));
    }

    @Test
    void evalArenaHumanEvalReadsAsResultsAlone() throws IOException {
        Path file = SharedData.require("eval-arena/humaneval.jsonl");
        Results results = ResultsReader.read(List.of(file), null, null, ErrorPolicy.FAIL).value();
        assertEquals(49 * 164, results.size());
        assertEquals(49, results.models().size());
        assertEquals(164, results.items().size());
        assertEquals("HumanEval/0", results.items().get(0));
        assertEquals(List.of("pass1"), results.metricColumns());
        assertTrue(results.isBinary());
        Map<String, Double> expected = new TreeMap<>();
        for (JsonNode row : jsonValues(file)) {
            expected.merge(row.get("model").asText(), row.get("pass1").asDouble(), Double::sum);
        }
        Map<String, Double> actual = new TreeMap<>();
        for (int row = 0; row < results.size(); row++) {
            actual.merge(results.models().get(results.model(row)), results.score(row), Double::sum);
        }
        assertEquals(expected, actual);
    }

    @Test
    void contaminationDevItemsReadAsABenchmarkWithLetterGolds() {
        Benchmark contamination = BenchmarkReader.read(SharedData.require("contamination-dev/items.jsonl"), null,
                ErrorPolicy.FAIL).value();
        Benchmark mmlu = BenchmarkReader.read(SharedData.require("mmlu-redux-dev/items.jsonl"), null,
                ErrorPolicy.FAIL).value();
        assertEquals(2000, contamination.size());
        for (Item item : contamination.items()) {
            Item original = mmlu.item(item.id()).orElseThrow();
            assertEquals(original.gold(), item.gold(), item.id());
            assertEquals(original.choices(), item.choices(), item.id());
            assertEquals(original.question(), item.question(), item.id());
        }
    }
}
