package org.evalaudit.noise.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalaudit.core.model.Results;

/**
 * Reads eval-arena's per-item files ({@code {"benchmark_id","model","example_id","pass1"}}, see
 * shared/data/PROVENANCE.md section 2) into {@link Results}, one response per (model, item). Read here with
 * Jackson so that these tests do not depend on the results readers of audit-core.
 */
public final class EvalArena {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalArena() {
    }

    public static Results read(Path jsonl) throws IOException {
        Results.Builder builder = Results.builder();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                double pass = row.get("pass1").asDouble();
                builder.add(row.get("example_id").asText(), row.get("model").asText(), null, 0, null,
                        Double.toString(pass), pass);
            }
        }
        return builder.build();
    }
}
