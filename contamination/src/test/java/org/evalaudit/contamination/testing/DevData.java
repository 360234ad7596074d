package org.evalaudit.contamination.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.evalaudit.core.testing.SharedData;

/** Reads {@code shared/data/contamination-dev} for tests; skips (via {@link SharedData}) when absent. */
public final class DevData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevData() {
    }

    public static Path corpus() {
        return SharedData.require("contamination-dev/corpus.jsonl.zst");
    }

    /** Calls {@code each} with every corpus document's JSON object, in file order. */
    public static void forEachDoc(Consumer<JsonNode> each) {
        try (InputStream in = new ZstdInputStream(Files.newInputStream(corpus()));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                each.accept(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dev benchmark ({@code items.jsonl}), read by audit-core's benchmark reader. */
    public static org.evalaudit.core.model.Benchmark benchmark() {
        return org.evalaudit.core.io.BenchmarkReader.read(SharedData.require("contamination-dev/items.jsonl"), null,
                org.evalaudit.core.io.ErrorPolicy.FAIL).value();
    }

    /** Every line of a JSONL file under {@code contamination-dev/}. */
    public static List<JsonNode> jsonl(String name) {
        Path path = SharedData.require("contamination-dev/" + name);
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                out.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
