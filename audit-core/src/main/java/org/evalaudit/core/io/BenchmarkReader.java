package org.evalaudit.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.io.FieldMapping.Role;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Reads a benchmark, one item per record: JSON Lines, a JSON array, CSV or TSV, plain or gzip/zstd
 * compressed, or Parquet. Fields are found by {@link FieldMapping}; string fields it does not claim become
 * the item's metadata. The benchmark is named after the file ({@code mmlu.jsonl.zst} -> {@code mmlu}).
 *
 * <p>A file whose first record has no id column (most Hugging Face datasets) gets positional ids: "0", "1",
 * ... in record order, the {@code doc_id} that lm-evaluation-harness gives the same rows, so its samples
 * match. Once the first record has an id, every record must have one.
 */
public final class BenchmarkReader {
    private BenchmarkReader() {
    }

    /**
     * @param overrides field mapping ({@code --benchmark-fields}); null means auto-detection
     * @throws InputError for a bad record under {@link ErrorPolicy#FAIL}, or an unreadable file
     */
    public static Loaded<Benchmark> read(Path file, FieldMapping overrides, ErrorPolicy policy) {
        ItemParser parser = new ItemParser(overrides == null ? FieldMapping.auto() : overrides, Role.BENCHMARK);
        List<Item> items = new ArrayList<>();
        SkipLog skips = new SkipLog(policy);
        long[] position = {0};
        Boolean[] positional = {null};
        long records = RecordFiles.forEach(file, skips, (line, record) -> {
            String index = Long.toString(position[0]++);
            if (positional[0] == null) {
                positional[0] = !parser.hasId(file, line, record);
            }
            items.add(parser.parse(file, line, record, positional[0] ? index : null));
        });
        return new Loaded<>(new Benchmark(InputFiles.stem(file), items),
                List.of(skips.summary("benchmark", file, records)));
    }
}
