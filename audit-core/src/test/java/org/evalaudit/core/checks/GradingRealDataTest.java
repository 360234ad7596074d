package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.ResultsReader;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Results;
import org.evalaudit.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The grading check on MMLU-Redux dev (20 models x 2,000 items), against the counts its README documents. */
class GradingRealDataTest {

    @Test
    void reportsPerModelExactlyTheNullAnswersOfThePredictions() throws IOException {
        Path items = SharedData.require("mmlu-redux-dev/items.jsonl");
        Path predictions = SharedData.require("mmlu-redux-dev/predictions.jsonl");
        JsonNode expected = new ObjectMapper().readTree(SharedData.require("mmlu-redux-dev/subjects.json").toFile())
                .get("null_answers_per_model");
        Benchmark benchmark = BenchmarkReader.read(items, null, ErrorPolicy.FAIL).value();
        Results results = ResultsReader.read(List.of(predictions), benchmark, null, ErrorPolicy.FAIL).value();
        Finding f = only(new GradingCheck().run(AuditContext.builder().benchmark(benchmark).results(results).build()));

        Map<String, Long> unparseable = new HashMap<>();
        for (List<Object> row : f.table().rows()) {
            unparseable.put((String) row.get(0), (Long) row.get(2));
            assertEquals(2000L, row.get(1), "responses of " + row.get(0));
        }
        assertEquals(expected.size(), unparseable.size(), "one row per model");
        long total = 0;
        for (var it = expected.fields(); it.hasNext(); ) {
            var model = it.next();
            assertEquals(model.getValue().asLong(), unparseable.get(model.getKey()), model.getKey());
            total += model.getValue().asLong();
        }
        assertEquals(381, total, "README: 381 in all");
        assertEquals(0.091, f.headline().value(), 0.0005, "gpt-4-1106-preview: 182 of 2000 unparseable is the worst");
    }
}
