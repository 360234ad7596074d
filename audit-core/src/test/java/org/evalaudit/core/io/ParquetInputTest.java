package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Response;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Benchmarks and results in Parquet, written by DuckDB itself in the layouts Hugging Face datasets use. */
class ParquetInputTest {
    @TempDir
    Path dir;

    private void write(Path file, String select) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (" + select + ") TO '" + file + "' (FORMAT PARQUET)");
        }
    }

    @Test
    void readsAHuggingFaceMmluParquetWithListChoicesAndIntegerAnswers() throws SQLException {
        Path file = dir.resolve("test-00000-of-00001.parquet");
        write(file, "SELECT * FROM (VALUES ('Which planet is closest to the Sun?', 'astronomy', "
                + "['Venus', 'Mercury', 'Earth', 'Mars'], 1::BIGINT), "
                + "('Symbol of gold?', 'chemistry', ['Ag', 'Au', 'Gd', 'Go'], 1::BIGINT)) t(question, subject, choices, answer)");
        Benchmark benchmark = BenchmarkReader.read(file, null, ErrorPolicy.FAIL).value();
        assertEquals(2, benchmark.items().size());
        assertEquals(List.of("0", "1"), benchmark.items().stream().map(Item::id).toList(),
                "without an id column, ids are row positions as lm-evaluation-harness numbers docs");
        Item first = benchmark.items().get(0);
        assertEquals("Which planet is closest to the Sun?", first.question());
        assertEquals(List.of("Venus", "Mercury", "Earth", "Mars"), first.choices());
        assertEquals("B", first.gold(), "the integer 1 is the index of B, as in JSON Lines");
        assertEquals("astronomy", first.subject());
    }

    @Test
    void readsLongFormatResultsFromParquet() throws SQLException {
        Path items = dir.resolve("items.parquet");
        write(items, "SELECT * FROM (VALUES ('q1', 'Two plus two?', ['3', '4'], 'B')) t(id, question, choices, answer)");
        Benchmark benchmark = BenchmarkReader.read(items, null, ErrorPolicy.FAIL).value();
        Path results = dir.resolve("results.parquet");
        write(results, "SELECT * FROM (VALUES ('q1', 'm1', 'B', 1.0::DOUBLE), ('q1', 'm2', 'A', NULL)) "
                + "t(item_id, model, answer, score)");
        Results read = ResultsReader.read(List.of(results), benchmark, null, ErrorPolicy.FAIL).value();
        assertEquals(List.of(new Response("q1", "m1", "", 0, null, "B", 1.0),
                new Response("q1", "m2", "", 0, null, "A", 0.0)), read.stream().toList(),
                "a null score is derived from the answer and the gold");
    }

    @Test
    void aBadRowIsAnErrorNamingFileRowAndField() throws SQLException {
        Path file = dir.resolve("broken.parquet");
        write(file, "SELECT * FROM (VALUES ('q1', 'Fine?', ['a', 'b'], 'A'), (NULL, 'No id?', ['a', 'b'], 'A')) "
                + "t(id, question, choices, answer)");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.FAIL));
        assertEquals(2, e.line(), e.getMessage());
        assertEquals("id", e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":2: field \"id\""), e.getMessage());
        Loaded<Benchmark> skipped = BenchmarkReader.read(file, null, ErrorPolicy.SKIP);
        assertEquals(1, skipped.value().items().size());
        assertEquals(1, skipped.inputs().get(0).skipped(), "the skipped row is counted");
    }

    @Test
    void aFileThatIsNotParquetIsAnInputErrorNamingIt() throws Exception {
        Path file = dir.resolve("fake.parquet");
        java.nio.file.Files.writeString(file, "not parquet");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.FAIL));
        assertTrue(e.getMessage().startsWith(file + ": expected a readable Parquet file"), e.getMessage());
    }
}
