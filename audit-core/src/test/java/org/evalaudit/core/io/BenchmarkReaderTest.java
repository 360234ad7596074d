package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReaderTest {
    @TempDir
    Path dir;

    private static Benchmark read(Path file, String overrides) {
        return BenchmarkReader.read(file, FieldMapping.parseOverrides(overrides), ErrorPolicy.FAIL).value();
    }

    @Test
    void readsAnMmluStyleFileWithGoldsInEveryConvention() {
        Benchmark benchmark = read(Fixtures.path("benchmark/mmlu-style.jsonl"), null);
        assertEquals("mmlu-style", benchmark.name());
        assertEquals(List.of("astro-1", "astro-2", "chem-1", "chem-2", "chem-3"),
                benchmark.items().stream().map(Item::id).toList());
        Item first = benchmark.items().get(0);
        assertEquals(new Item("astro-1", "Which planet is closest to the Sun?",
                List.of("Venus", "Mercury", "Earth", "Mars"), "B", "planets", "public", "astronomy",
                Map.of("source", "textbook p.12")), first);
        assertEquals("B", benchmark.item("astro-2").orElseThrow().gold(), "(b) is the letter B");
        assertEquals("B", benchmark.item("chem-1").orElseThrow().gold(), "integer 1 is the index of B");
        assertEquals("C", benchmark.item("chem-2").orElseThrow().gold(), "the text of choice C");
        Item invalid = benchmark.item("chem-3").orElseThrow();
        assertEquals("D", invalid.gold(), "a letter beyond the choices is kept for the structure check");
        assertEquals(-1, invalid.goldIndex());
        assertEquals("chemistry", invalid.subject(), "category is the subject");
        assertEquals(Map.of(), invalid.metadata(), "numbers are not string metadata");
    }

    @Test
    void unicodeLineSeparatorsStayInsideTheirText() {
        Benchmark benchmark = read(Fixtures.path("benchmark/mmlu-style.jsonl"), null);
        assertEquals("Line one\u2028line two: which star is the Sun?", benchmark.items().get(1).question());
        assertEquals("Symbol of gold?\u0085(NEL inside)", benchmark.items().get(2).question());
    }

    @Test
    void gsm8kSolutionsGiveTheNumberAfterTheMarkerAsGold() {
        Benchmark benchmark = read(Fixtures.path("benchmark/gsm8k-style.jsonl"), null);
        assertEquals(List.of("72", "10"), benchmark.items().stream().map(Item::gold).toList());
        assertTrue(benchmark.items().stream().noneMatch(Item::isMultipleChoice));
    }

    @Test
    void huggingFaceLayoutsOptionsIntegerLabelsAndArcChoiceObjects() {
        Benchmark benchmark = read(Fixtures.path("benchmark/hf-style.jsonl"), null);
        Item sum = benchmark.item("101").orElseThrow();
        assertEquals("2 + 2 = ?", sum.question());
        assertEquals(List.of("3", "4", "5"), sum.choices());
        assertEquals("B", sum.gold());
        Item ocean = benchmark.item("102").orElseThrow();
        assertEquals(List.of("Atlantic", "Pacific", "Indian"), ocean.choices());
        assertEquals("B", ocean.gold());
    }

    @Test
    void csvWithLetterColumnsAndExplicitOverrides() {
        Benchmark benchmark = read(Fixtures.path("benchmark/columns.csv"), "id=qid,gold=answer_letter");
        assertEquals(3, benchmark.size());
        Item first = benchmark.items().get(0);
        assertEquals(List.of("42", "36", "48", "56"), first.choices());
        assertEquals("A", first.gold());
        assertEquals(Map.of("topic", "arithmetic"), first.metadata());
        assertEquals("A question\nover two lines: which is a prime?", benchmark.items().get(1).question());
        assertEquals(List.of("3", "5", "8"), benchmark.items().get(2).choices(),
                "an empty E.. column ends the choices");
    }

    @Test
    void aJsonArrayAndACompressedCopyReadLikeTheirPlainForms() throws IOException {
        Benchmark array = read(Fixtures.path("benchmark/array.json"), null);
        assertEquals(List.of("A", "B"), array.items().stream().map(Item::gold).toList());
        Path plain = Fixtures.path("benchmark/mmlu-style.jsonl");
        List<Item> expected = read(plain, null).items();
        assertEquals(expected, read(Fixtures.path("benchmark/mmlu-style.jsonl.zst"), null).items());
        assertEquals(expected, read(Fixtures.gzip(plain, dir.resolve("mmlu-style.jsonl.gz")), null).items());
        assertEquals("mmlu-style", read(Fixtures.zstd(plain, dir.resolve("mmlu-style.jsonl.zst")), null).name());
    }

    @Test
    void theSummaryRecordsTheHashOfTheRawBytesAndTheCounts() throws Exception {
        Path file = Fixtures.path("benchmark/mmlu-style.jsonl.zst");
        InputSummary summary = BenchmarkReader.read(file, null, ErrorPolicy.FAIL).inputs().get(0);
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(new InputSummary("benchmark", file.toString(), expected, 5, 0, List.of()), summary);
    }

    @Test
    void aRecordWithoutIdFailsWithFileLineAndFieldAndIsCountedUnderSkip() throws IOException {
        Path file = Files.writeString(dir.resolve("items.jsonl"), String.join("\n",
                "{\"id\": \"a\", \"question\": \"q\", \"answer\": \"x\"}",
                "",
                "{\"question\": \"no id here\", \"answer\": \"y\"}",
                "{\"id\": \"  \", \"question\": \"blank id\"}",
                "[\"not\", \"an object\"]",
                "{\"id\": \"b\", \"choices\": \"Paris\"}",
                "{\"id\": \"c\", \"question\": \"fine\"}") + "\n");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.FAIL));
        assertEquals(3, e.line());
        assertEquals("id", e.field());
        assertTrue(e.getMessage().startsWith(file + ":3: field \"id\": expected an item id in one of [id, item_id"),
                e.getMessage());

        Loaded<Benchmark> skipped = BenchmarkReader.read(file, null, ErrorPolicy.SKIP);
        assertEquals(List.of("a", "c"), skipped.value().items().stream().map(Item::id).toList());
        InputSummary summary = skipped.inputs().get(0);
        assertEquals(2, summary.records());
        assertEquals(4, summary.skipped());
        assertEquals(List.of(
                file + ":3: field \"id\": expected an item id in one of [id, item_id, doc_id, example_id, "
                        + "question_id, task_id] (or map it with id=<column>), got none",
                file + ":4: field \"id\": expected a non-empty item id, got \"  \"",
                file + ":5: expected a JSON object, got a list",
                file + ":6: field \"choices\": expected a list of choices, got \"Paris\""), summary.skippedAt());
    }

    @Test
    void aFileWithoutIdsNumbersItsRecordsAsLmEvalNumbersDocs() throws IOException {
        Path file = Files.writeString(dir.resolve("hf.jsonl"), String.join("\n",
                "{\"question\": \"first\", \"choices\": [\"a\", \"b\"], \"answer\": 0}",
                "{\"question\": \"second\", \"choices\": [\"a\", \"b\"], \"answer\": 1}") + "\n");
        Benchmark benchmark = read(file, null);
        assertEquals(List.of("0", "1"), benchmark.items().stream().map(Item::id).toList());
        assertEquals("B", benchmark.item("1").orElseThrow().gold());
    }

    @Test
    void onlyTheFirstTwentySkippedLocationsAreKept() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"id\": \" \", \"question\": \"blank id ").append(i).append("\"}\n");
        }
        Path file = Files.writeString(dir.resolve("many.jsonl"), lines);
        InputSummary summary = BenchmarkReader.read(file, null, ErrorPolicy.SKIP).inputs().get(0);
        assertEquals(30, summary.skipped());
        assertEquals(20, summary.skippedAt().size());
        assertTrue(summary.skippedAt().get(19).startsWith(file + ":20: "));
    }

    @Test
    void csvErrorsNameTheLineWhereTheRecordStarts() throws IOException {
        Path file = Files.writeString(dir.resolve("rows.csv"),
                "id,question,answer\nr1,\"two\nlines\",A\nr2,short row\nr3,fine,B\n");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.FAIL));
        assertEquals(4, e.line());
        assertEquals(file + ":4: expected 3 columns as in the header, got 2", e.getMessage());
        assertEquals(2, BenchmarkReader.read(file, null, ErrorPolicy.SKIP).value().size());
    }

    /** hendrycks/test's data/test/abstract_algebra_test.csv starts this way: no header row. */
    @Test
    void theOriginalMmluCsvWithoutAHeaderRowIsReadFromItsFirstLine() throws IOException {
        Path file = Files.writeString(dir.resolve("abstract_algebra_test.csv"),
                "Find the degree for the given field extension Q(sqrt(2)) over Q.,0,2,1,3,B\n"
                        + "\"Let p = (1, 2, 5, 4)(2, 3) in S_5 . Find the index of <p> in S_5.\",8,2,24,120,C\n"
                        + "\"Statement 1 | A factor group of a non-Abelian group is non-Abelian.\nStatement 2 | ...\","
                        + "\"True, True\",\"False, False\",\"True, False\",\"False, True\",B\n");
        Benchmark benchmark = BenchmarkReader.read(file, null, ErrorPolicy.FAIL).value();
        assertEquals(3, benchmark.size());
        Item first = benchmark.items().get(0);
        assertEquals("Find the degree for the given field extension Q(sqrt(2)) over Q.", first.question());
        assertEquals(List.of("0", "2", "1", "3"), first.choices());
        assertEquals("B", first.gold());
        assertEquals("False, False", benchmark.items().get(2).goldText());

        Path withHeader = Files.writeString(dir.resolve("named.csv"), "question,A,B,C,D\nWhat is two plus two?,3,4,5,6\n");
        assertEquals("What is two plus two?", BenchmarkReader.read(withHeader, null, ErrorPolicy.FAIL).value().items()
                .get(0).question(), "a header of names is a header even when its last name is a letter");
    }

    @Test
    void aCsvHeaderWithARepeatedNameIsAnErrorOnLineOne() throws IOException {
        Path file = Files.writeString(dir.resolve("dup.csv"), "id,id,question\na,b,c\n");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.SKIP));
        assertEquals(file + ":1: expected a CSV header row of distinct names, got: The header contains a duplicate"
                + " name: \"id\" in [id, id, question]", e.getMessage());
    }

    @Test
    void anUnterminatedCsvQuoteStopsTheReadEvenUnderSkip() {
        Path file = Fixtures.path("benchmark/broken-quote.csv");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(file, null, ErrorPolicy.SKIP));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("expected well-formed CSV"), e.getMessage());
    }

    @Test
    void tsvAndJsonArrayRecordsAreReadAndLocatedByLine() throws IOException {
        Path tsv = Files.writeString(dir.resolve("items.tsv"), "id\tquestion\tanswer\nt1\tWith, a comma\t42\n");
        assertEquals(List.of(Item.of("t1", "With, a comma", List.of(), "42")), read(tsv, null).items());
        Path array = Files.writeString(dir.resolve("items.json"), String.join("\n",
                "[",
                "  {\"id\": \"a\", \"question\": \"fine\"},",
                "  {",
                "    \"question\": \"no id\"",
                "  }",
                "]"));
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(array, null, ErrorPolicy.FAIL));
        assertEquals(3, e.line());
        assertEquals(1, BenchmarkReader.read(array, null, ErrorPolicy.SKIP).value().size());
    }

    @Test
    void aMissingFileIsAnInputErrorForTheWholeFile() {
        Path missing = dir.resolve("nope.jsonl");
        InputError e = assertThrows(InputError.class, () -> BenchmarkReader.read(missing, null, ErrorPolicy.SKIP));
        assertEquals(0, e.line());
        assertEquals(missing + ": expected a readable file, got no such file", e.getMessage());
    }

    @Test
    void aGoldIndexOutOfRangeIsKeptAsWrittenForTheStructureCheck() throws IOException {
        Path file = Files.writeString(dir.resolve("idx.jsonl"),
                "{\"id\": \"x\", \"choices\": [\"a\", \"b\"], \"label\": 5}\n"
                        + "{\"id\": \"y\", \"choices\": [\"a\", \"b\"]}\n");
        Benchmark benchmark = read(file, null);
        assertEquals("5", benchmark.items().get(0).gold());
        assertNull(benchmark.items().get(1).gold());
    }
}
