package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Response;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InspectLogReaderTest {
    private static final Path LOG = Fixtures.path("inspect/2024-06-01T10-00-00+00-00_arc-easy_abc123.json");
    private static final List<Response> EXPECTED = List.of(
            new Response("arc-1", "openai/gpt-4o-mini", "", 0, "ANSWER: B", "B", 1.0),
            new Response("arc-2", "openai/gpt-4o-mini", "", 0, "ANSWER: A", "A", 0.0),
            new Response("arc-3", "openai/gpt-4o-mini", "", 0, "I cannot tell.", null, 0.0),
            new Response("arc-1", "openai/gpt-4o-mini", "", 1, "The answer is (B)", "B", 1.0));

    @TempDir
    Path dir;

    private static Loaded<Results> read(Path file, String overrides, ErrorPolicy policy) {
        return ResultsReader.read(List.of(file), null, FieldMapping.parseOverrides(overrides), policy);
    }

    @Test
    void samplesBecomeResponsesWithEpochsAsSamplesAndNoAnswerAsAbstention() {
        Loaded<Results> loaded = read(LOG, null, ErrorPolicy.FAIL);
        assertEquals(EXPECTED, loaded.value().stream().toList());
        assertEquals(List.of("choice"), loaded.value().metricColumns());
        assertEquals(4, loaded.inputs().get(0).records());
    }

    @Test
    void theLogIsReadWhateverTheOrderOfItsFieldsAndCompressed() throws IOException {
        ObjectNode log = (ObjectNode) Json.MAPPER.readTree(LOG.toFile());
        ObjectNode reordered = Json.MAPPER.createObjectNode();
        reordered.set("samples", log.get("samples"));
        reordered.set("eval", log.get("eval"));
        Path samplesFirst = dir.resolve("reordered.json");
        Json.MAPPER.writeValue(samplesFirst.toFile(), reordered);
        assertEquals(EXPECTED, read(samplesFirst, null, ErrorPolicy.FAIL).value().stream().toList());
        Path gz = Fixtures.gzip(LOG, dir.resolve("log.json.gz"));
        assertEquals(EXPECTED, read(gz, null, ErrorPolicy.FAIL).value().stream().toList());
    }

    @Test
    void withoutAScorerAnswerTheCompletionIsExtractedAgainstTheBenchmarkItem() throws IOException {
        ObjectNode log = (ObjectNode) Json.MAPPER.readTree(LOG.toFile());
        log.get("samples").forEach(sample -> sample.get("scores")
                .forEach(score -> ((ObjectNode) score).remove("answer")));
        Path file = dir.resolve("no-answers.json");
        Json.MAPPER.writeValue(file.toFile(), log);
        Benchmark benchmark = new Benchmark("arc", List.of(
                Item.of("arc-1", "q", List.of("Venus", "Mercury", "Earth", "Mars"), "B"),
                Item.of("arc-2", "q", List.of("Oxygen", "Carbon dioxide", "Helium", "Argon"), "B")));
        Results results = ResultsReader.read(List.of(file), benchmark, null, ErrorPolicy.FAIL).value();
        assertEquals(List.of("B", "A", "B"), List.of(results.answer(0), results.answer(1), results.answer(3)));
        assertTrue(results.isAbstention(2));
    }

    @Test
    void aMappedScorerThatASampleLacksIsABadRecord() {
        InputError e = assertThrows(InputError.class, () -> read(LOG, "score=match", ErrorPolicy.FAIL));
        assertEquals("scores.match", e.field());
        assertTrue(e.line() > 1);
        assertEquals(e.getMessage(), LOG + ":" + e.line() + ": field \"scores.match\": expected this scorer"
                + " (mapped as score=match), got a sample scored by [choice]");
        Loaded<Results> skipped = read(LOG, "score=match", ErrorPolicy.SKIP);
        assertEquals(0, skipped.value().size());
        assertEquals(4, skipped.inputs().get(0).skipped());
    }

    @Test
    void aJsonObjectWithoutEvalIsNotAnInspectLog() throws IOException {
        Path file = Files.writeString(dir.resolve("x.json"), "{\"samples\": []}");
        InputError e = assertThrows(InputError.class,
                () -> ResultsReader.read(List.of(file), null, null, ErrorPolicy.FAIL, ResultsFormat.INSPECT));
        assertEquals("eval", e.field());
    }

    @Test
    void aNumericScoreOutsideTheUnitIntervalIsRejected() throws IOException {
        ObjectNode log = (ObjectNode) Json.MAPPER.readTree(LOG.toFile());
        ((ObjectNode) log.get("samples").get(3).get("scores").get("choice")).put("value", 7);
        Path file = dir.resolve("bad.json");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), log);
        InputError e = assertThrows(InputError.class, () -> read(file, null, ErrorPolicy.FAIL));
        assertEquals("scores.choice.value", e.field());
        assertTrue(e.getMessage().endsWith("expected a number in [0,1] or true/false, got 7"), e.getMessage());
    }

    /**
     * The fixture log in Inspect's {@code .eval} form: {@code header} holding the log without its samples,
     * then one {@code samples/<id>_epoch_<n>.json} entry per sample, in a shuffled order (Inspect appends
     * them as samples finish), pretty-printed as Inspect writes them.
     */
    private Path archive(String name, String header, long seed) throws IOException {
        return archive(name, header, seed, (ObjectNode) Json.MAPPER.readTree(LOG.toFile()));
    }

    private Path archive(String name, String header, long seed, ObjectNode log) throws IOException {
        JsonNode samples = log.remove("samples");
        List<JsonNode> shuffled = new ArrayList<>();
        samples.forEach(shuffled::add);
        Collections.shuffle(shuffled, new Random(seed));
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, header, log);
            for (JsonNode sample : shuffled) {
                entry(zip, "samples/" + sample.get("id").asText() + "_epoch_" + sample.get("epoch") + ".json", sample);
            }
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, JsonNode json) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        zip.closeEntry();
    }

    @ParameterizedTest
    @ValueSource(strings = {"header.json", "_journal/start.json", "start.json"})
    void anEvalArchiveGivesWhatTheSameLogGivesInJsonForm(String header) throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Path file = archive("run-" + seed + ".eval", header, seed);
            assertEquals(ResultsFormat.INSPECT, ResultsReader.detect(file));
            Loaded<Results> loaded = read(file, null, ErrorPolicy.FAIL);
            assertEquals(EXPECTED, loaded.value().stream().toList(), "seed " + seed);
            assertEquals(List.of("choice"), loaded.value().metricColumns());
            assertEquals(4, loaded.inputs().get(0).records());
        }
    }

    @Test
    void numericSampleIdsOfAnArchiveComeInNumericOrderAsInspectSortsThem() throws IOException {
        ObjectNode log = (ObjectNode) Json.MAPPER.readTree(LOG.toFile());
        int[] ids = {10, 9, 100, 10};
        for (int i = 0; i < ids.length; i++) {
            ((ObjectNode) log.get("samples").get(i)).put("id", ids[i]);
        }
        List<String> order = read(archive("numeric.eval", "header.json", 3, log), null, ErrorPolicy.FAIL).value()
                .stream().map(r -> r.itemId() + "/" + r.sample()).toList();
        assertEquals(List.of("9/0", "10/0", "100/0", "10/1"), order);
    }

    @Test
    void aBadSampleInAnArchiveIsNamedByItsEntryAndSkippedAlone() throws IOException {
        Path file = archive("run.eval", "header.json", 7);
        InputError e = assertThrows(InputError.class, () -> read(file, "score=match", ErrorPolicy.FAIL));
        assertEquals(file + "!/samples/arc-1_epoch_1.json:1: field \"scores.match\": expected this scorer (mapped"
                + " as score=match), got a sample scored by [choice]", e.getMessage());
        Loaded<Results> skipped = read(file, "score=match", ErrorPolicy.SKIP);
        assertEquals(0, skipped.value().size());
        assertEquals(4, skipped.inputs().get(0).skipped());
    }

    @Test
    void anArchiveWithoutAHeaderOrSamplesOrThatIsDamagedFailsClearly() throws IOException {
        Path noHeader = dir.resolve("no-header.eval");
        try (OutputStream out = Files.newOutputStream(noHeader); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "samples/arc-1_epoch_1.json", Json.MAPPER.readTree(LOG.toFile()).get("samples").get(0));
        }
        InputError missing = assertThrows(InputError.class, () -> read(noHeader, null, ErrorPolicy.SKIP));
        assertEquals("eval", missing.field());
        assertTrue(missing.getMessage().contains("header.json"), missing.getMessage());

        Path noSamples = dir.resolve("no-samples.eval");
        try (OutputStream out = Files.newOutputStream(noSamples); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "header.json", Json.MAPPER.readTree(LOG.toFile()));
        }
        assertEquals("samples", assertThrows(InputError.class, () -> read(noSamples, null, ErrorPolicy.SKIP)).field());

        Path damaged = Files.write(dir.resolve("damaged.eval"), new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9});
        InputError broken = assertThrows(InputError.class, () -> read(damaged, null, ErrorPolicy.SKIP));
        assertTrue(broken.getMessage().startsWith(damaged + ": expected an Inspect .eval log (a zip archive), got a"
                + " damaged archive"), broken.getMessage());
    }
}
