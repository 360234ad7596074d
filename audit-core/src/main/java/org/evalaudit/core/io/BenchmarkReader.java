package org.evalaudit.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.evalaudit.core.io.FieldMapping.Role;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Reads a benchmark, one item per record: JSON Lines, a JSON array, CSV or TSV, plain or gzip/zstd
 * compressed. Fields are found by {@link FieldMapping}; string fields it does not claim become the item's
 * metadata. The benchmark is named after the file ({@code mmlu.jsonl.zst} -> {@code mmlu}).
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
        long records = RecordFiles.forEach(file, skips, (line, record) -> items.add(parser.parse(file, line,
                record, null)));
        return new Loaded<>(new Benchmark(InputFiles.stem(file), items),
                List.of(skips.summary("benchmark", file, records)));
    }
}
