package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Response;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long-format results and what every format shares: abstentions, score rules, error policy, summaries. */
class ResultsReaderTest {
    private static final Benchmark BENCHMARK = BenchmarkReader.read(Fixtures.path("benchmark/mmlu-style.jsonl"),
            null, ErrorPolicy.FAIL).value();

    @TempDir
    Path dir;

    private static Results read(Path file, Benchmark benchmark) {
        return ResultsReader.read(List.of(file), benchmark, null, ErrorPolicy.FAIL).value();
    }

    @Test
    void longFormatKeepsGivenScoresDerivesMissingOnesAndKeepsAbstentions() {
        Results results = read(Fixtures.path("results/long.jsonl"), BENCHMARK);
        assertEquals(List.of(
                new Response("astro-1", "m1", "zs", 0, "The answer is B.", "B", 1.0),
                new Response("astro-1", "m2", "zs", 0, "Venus", "A", 0.0),
                new Response("astro-2", "m1", "zs", 1, "B", "b", 1.0),
                new Response("astro-2", "m2", "cot", 0, "Let me think", null, 0.0),
                new Response("chem-1", "m1", "cot", 0, "Gold is Au, so the answer is (B).", "B", 1.0),
                new Response("chem-1", "m2", "cot", 0, "Hmm.", null, 0.0),
                new Response("chem-2", "m1", "zs", 0, null, "Carbon dioxide", 1.0),
                new Response("chem-2", "m2", "zs", 0, null, null, 0.5)), results.stream().toList());
        assertEquals(List.of("score", "acc_norm"), results.metricColumns());
        assertEquals(List.of("zs", "cot"), results.templates().list());
    }

    @Test
    void aMissingScoreWithoutAGoldToGradeAgainstIsABadRecordNamingTheScore() {
        Path file = Fixtures.path("results/long.jsonl");
        InputError e = assertThrows(InputError.class, () -> read(file, null));
        assertEquals(3, e.line());
        assertEquals("score", e.field());
        assertEquals(file + ":3: field \"score\": expected a score, or an answer and a gold answer to grade it"
                + " against, got no score and no benchmark", e.getMessage());
        Benchmark other = new Benchmark("other", List.of());
        InputError unknown = assertThrows(InputError.class, () -> read(file, other));
        assertTrue(unknown.getMessage().endsWith("got no score and item \"astro-2\" not in the benchmark"),
                unknown.getMessage());
    }

    @Test
    void aBrokenLineSevenFailsNamingFileAndLineOrIsCountedUnderSkip() {
        Path file = Fixtures.path("results/broken-line-7.jsonl");
        InputError e = assertThrows(InputError.class,
                () -> ResultsReader.read(List.of(file), BENCHMARK, null, ErrorPolicy.FAIL));
        assertEquals(file, e.file());
        assertEquals(7, e.line());
        assertTrue(e.getMessage().startsWith(file + ":7: expected a JSON object, got invalid JSON: "),
                e.getMessage());
        assertFalse(e.getMessage().contains("Source:") || e.getMessage().contains("line: 1"),
                "Jackson's location within the one record would contradict the file's line 7: " + e.getMessage());

        Loaded<Results> skipped = ResultsReader.read(List.of(file), BENCHMARK, null, ErrorPolicy.SKIP);
        assertEquals(9, skipped.value().size());
        assertFalse(skipped.value().models().list().contains("m7"));
        InputSummary summary = skipped.inputs().get(0);
        assertEquals(9, summary.records());
        assertEquals(1, summary.skipped());
        assertEquals(1, summary.skippedAt().size());
        assertTrue(summary.skippedAt().get(0).startsWith(file + ":7: expected a JSON object"));
    }

    @Test
    void scoresMustBeFiniteNumbersInTheUnitIntervalOrBooleans() {
        Path file = Fixtures.path("results/bad-scores.jsonl");
        Loaded<Results> loaded = ResultsReader.read(List.of(file), null, null, ErrorPolicy.SKIP);
        assertEquals(List.of(1.0, 0.25), loaded.value().stream().map(Response::score).toList());
        assertEquals(List.of(
                file + ":1: field \"score\": expected a number in [0,1] or true/false, got 1.5",
                file + ":2: field \"score\": expected a number in [0,1] or true/false, got \"yes\"",
                file + ":3: field \"score\": expected a number in [0,1] or true/false, got a list"),
                loaded.inputs().get(0).skippedAt());
    }

    @Test
    void nonFiniteScoresAreRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("nan.csv"), "id,model,score\nq,m,NaN\nq,m,Infinity\nq,m,-0.1\n");
        assertEquals(3, ResultsReader.read(List.of(file), null, null, ErrorPolicy.SKIP).inputs().get(0).skipped());
    }

    @Test
    void csvScoreOnlyResultsPlainOrGzipped() {
        Results plain = read(Fixtures.path("results/humaneval-style.csv"), null);
        assertEquals(List.of(
                new Response("HumanEval/0", "model-a", "", 0, null, null, 1.0),
                new Response("HumanEval/1", "model-a", "", 0, null, null, 0.0),
                new Response("HumanEval/0", "model-b", "", 0, null, null, 1.0),
                new Response("HumanEval/1", "model-b", "", 0, null, null, 0.0)), plain.stream().toList());
        assertEquals(List.of("pass1"), plain.metricColumns());
        assertFalse(plain.hasResponses());
        Results gzipped = read(Fixtures.path("results/humaneval-style.csv.gz"), null);
        assertEquals(plain.stream().toList(), gzipped.stream().toList());
    }

    @Test
    void withoutAModelFieldTheModelIsTheFileNameStem() throws IOException {
        Path plain = Files.writeString(dir.resolve("src.jsonl"), "{\"id\": \"astro-1\", \"prediction\": \"(B)\"}\n");
        Path file = Fixtures.gzip(plain, dir.resolve("gpt-4o.jsonl.gz"));
        Results results = read(file, BENCHMARK);
        assertEquals(List.of("gpt-4o"), results.models().list());
        assertEquals(1.0, results.score(0));
        assertEquals("(B)", results.answer(0));
    }

    @Test
    void aRecordMayCarryItsOwnGoldForItemsTheBenchmarkLacks() throws IOException {
        Path file = Files.writeString(dir.resolve("self-graded.jsonl"), String.join("\n",
                "{\"item_id\": \"gsm-9\", \"model\": \"m\", \"response\": \"so 3 + 4 = 7\\n#### 7\","
                        + " \"target\": \"7\"}",
                "{\"item_id\": \"gsm-10\", \"model\": \"m\", \"pred\": \"1,000\", \"gold\": \"1000.0\"}",
                "{\"item_id\": \"mc-1\", \"model\": \"m\", \"answer\": \"Rome\", \"choices\": [\"Paris\", \"Rome\"],"
                        + " \"label\": 1}") + "\n");
        Results results = read(file, null);
        assertEquals(List.of("7", "1,000", "Rome"), List.of(results.answer(0), results.answer(1), results.answer(2)));
        assertEquals(List.of(1.0, 1.0, 1.0), List.of(results.score(0), results.score(1), results.score(2)));
    }

    @Test
    void severalFilesMakeOneResultsWithOneSummaryEach() {
        Path jsonl = Fixtures.path("results/long.jsonl");
        Path csv = Fixtures.path("results/humaneval-style.csv");
        Loaded<Results> loaded = ResultsReader.read(List.of(jsonl, csv), BENCHMARK, null, ErrorPolicy.FAIL);
        assertEquals(12, loaded.value().size());
        assertEquals(List.of("m1", "m2", "model-a", "model-b"), loaded.value().models().list());
        assertEquals(List.of("score", "acc_norm", "pass1"), loaded.value().metricColumns());
        assertEquals(List.of(jsonl.toString(), csv.toString()),
                loaded.inputs().stream().map(InputSummary::path).toList());
        assertEquals(List.of(8L, 4L), loaded.inputs().stream().map(InputSummary::records).toList());
        assertTrue(loaded.inputs().stream().allMatch(s -> s.role().equals("results") && s.sha256().length() == 64));
    }

    @Test
    void explicitOverridesNameTheColumns() throws IOException {
        Path file = Files.writeString(dir.resolve("custom.csv"),
                "qid,who,guess,ok,run\nastro-1,m1,B,1,2\nastro-2,m1,C,0,3\n");
        FieldMapping mapping = FieldMapping.parseOverrides("id=qid,model=who,answer=guess,score=ok,sample=run");
        Results results = ResultsReader.read(List.of(file), BENCHMARK, mapping, ErrorPolicy.FAIL).value();
        assertEquals(List.of(new Response("astro-1", "m1", "", 2, null, "B", 1.0),
                new Response("astro-2", "m1", "", 3, null, "C", 0.0)), results.stream().toList());
        assertEquals(List.of("ok"), results.metricColumns());
    }

    @Test
    void aNonIntegerSampleIsABadRecord() throws IOException {
        Path file = Files.writeString(dir.resolve("s.jsonl"),
                "{\"id\": \"astro-1\", \"seed\": \"x1\", \"score\": 1}\n");
        InputError e = assertThrows(InputError.class, () -> read(file, null));
        assertEquals(file + ":1: field \"seed\": expected an integer sample index or seed, got \"x1\"", e.getMessage());
    }

    @Test
    void formatsAreDetectedFromTheContent() throws IOException {
        assertEquals(ResultsFormat.LONG, ResultsReader.detect(Fixtures.path("results/long.jsonl")));
        assertEquals(ResultsFormat.LONG, ResultsReader.detect(Fixtures.path("results/humaneval-style.csv.gz")));
        assertEquals(ResultsFormat.LM_EVAL, ResultsReader.detect(Fixtures.path(
                "lm-eval/EleutherAI__pythia-160m/samples_gsm8k_2024-06-01T10-00-00.123456.jsonl")));
        assertEquals(ResultsFormat.INSPECT, ResultsReader.detect(Fixtures.path(
                "inspect/2024-06-01T10-00-00+00-00_arc-easy_abc123.json")));
        Path archive = Files.write(dir.resolve("2024_task.eval"), new byte[] {'P', 'K', 3, 4});
        assertEquals(ResultsFormat.INSPECT, ResultsReader.detect(archive));
    }

    /** lm_eval writes results_<date>.json (pretty-printed, one score per task) beside the per-sample logs. */
    @Test
    void lmEvalsAggregateResultsFileIsRefusedNamingTheFilesToPassInstead() throws IOException {
        Path aggregate = Files.writeString(dir.resolve("results_2024-06-01T10-00-00.123456.json"), String.join("\n",
                "{", "  \"results\": {", "    \"mmlu_astronomy\": {\"alias\": \"astronomy\", \"acc,none\": 0.42}",
                "  },", "  \"group_subtasks\": {},", "  \"configs\": {},", "  \"versions\": {}", "}") + "\n");
        InputError e = assertThrows(InputError.class, () -> read(aggregate, null));
        assertEquals(aggregate + ": field \"results\": expected per-item results, got lm-evaluation-harness's aggregate"
                + " results file (one score per task); run lm_eval with --log_samples and pass its"
                + " samples_<task>_<date>.jsonl files", e.getMessage());
        Path record = Files.writeString(dir.resolve("scores.jsonl"),
                "{\"item_id\": \"astro-1\", \"results\": 1, \"model\": \"m\", \"score\": 1}\n");
        assertEquals(ResultsFormat.LONG, ResultsReader.detect(record), "a record with a results field is no aggregate");
    }

    @Test
    void choiceProbabilitiesAreNormalisedLogProbabilitiesSoftmaxedAndRowsWithoutThemHaveNone() throws IOException {
        Path file = Files.writeString(dir.resolve("probs.jsonl"), String.join("\n",
                "{\"item_id\": \"astro-1\", \"model\": \"m1\", \"answer\": \"B\", \"probs\": [0.1, 0.6, 0.2, 0.1]}",
                "{\"item_id\": \"astro-1\", \"model\": \"m2\", \"answer\": \"A\"}",
                "{\"item_id\": \"astro-1\", \"model\": \"m3\", \"answer\": \"B\", \"probs\": [1, 2, 1, 0]}",
                "{\"item_id\": \"astro-1\", \"model\": \"m4\", \"answer\": \"B\", \"logprobs\": [0, 0, 0, 0]}") + "\n");
        Results results = read(file, BENCHMARK);
        assertTrue(results.hasProbabilities());
        assertEquals(0.6, results.probability(0, 1), 1e-6);
        assertEquals(0, results.probabilityCount(1), "a response without probabilities has none");
        assertEquals(0.5, results.probability(2, 1), 1e-6, "1, 2, 1, 0 normalised by their sum 4");
        assertEquals(0.25, results.probability(3, 3), 1e-6, "equal log-probabilities: a uniform softmax");
        assertThrows(IndexOutOfBoundsException.class, () -> results.probability(1, 0));
        assertFalse(read(Fixtures.path("results/long.jsonl"), BENCHMARK).hasProbabilities());
    }

    @Test
    void probabilitiesThatDoNotFitTheItemAreAnErrorNamingTheField() throws IOException {
        Path file = Files.writeString(dir.resolve("bad-probs.jsonl"),
                "{\"item_id\": \"astro-1\", \"model\": \"m1\", \"answer\": \"B\", \"probs\": [0.5, 0.5]}\n"
                        + "{\"item_id\": \"astro-1\", \"model\": \"m2\", \"answer\": \"B\", \"probs\": [0.5, -0.1, 0.3, 0.3]}\n");
        InputError count = assertThrows(InputError.class, () -> read(file, BENCHMARK));
        assertEquals(file + ":1: field \"probabilities\": expected 4 probabilities, one per choice of item \"astro-1\","
                + " got 2", count.getMessage());
        Loaded<Results> skipped = ResultsReader.read(List.of(file), BENCHMARK, null, ErrorPolicy.SKIP);
        assertEquals(List.of(file + ":1: field \"probabilities\": expected 4 probabilities, one per choice of item "
                + "\"astro-1\", got 2", file + ":2: field \"probs\": expected probabilities of 0 or more, got -0.1"),
                skipped.inputs().get(0).skippedAt());
    }

    @Test
    void aResultsFolderTakesResultsFilesButNotLmEvalAggregatesOrStrayFiles() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("lm_eval_out/model-a"));
        Path samples = Files.writeString(folder.resolve("samples_mmlu_2024-05-01.jsonl"), "{}\n");
        Files.writeString(folder.resolve("results_2024-05-01.json"), "{}");
        Files.writeString(folder.resolve("README.md"), "notes");
        Path inspect = Files.writeString(dir.resolve("lm_eval_out/run.eval"), "");
        assertEquals(List.of(samples, inspect), InputPaths.expand(List.of(dir.resolve("lm_eval_out").toString()),
                ResultsReader::isResultsFile, "results"));
        assertTrue(ResultsReader.isResultsFile(Path.of("scores.csv.zst")));
        assertFalse(ResultsReader.isResultsFile(Path.of(".DS_Store")));
    }

    @Test
    void anItemByModelTableIsReadAsOneResponsePerFilledCell() throws IOException {
        Path table = Files.writeString(dir.resolve("leaderboard.csv"),
                "item_id,subject,gpt-4o,claude-3,llama-3\nq1,math,1,1,0\nq2,math,0,,1\nq3,history,true,0.5,0\n");
        assertEquals(ResultsFormat.WIDE, ResultsReader.detect(table));
        Results results = ResultsReader.read(List.of(table), null, null, ErrorPolicy.FAIL).value();
        assertEquals(List.of("gpt-4o", "claude-3", "llama-3"), results.models().list(), "subject is no model");
        assertEquals(8, results.size(), "claude-3 did not answer q2");
        double[] claude = results.stream().filter(r -> r.model().equals("claude-3"))
                .mapToDouble(Response::score).toArray();
        assertEquals(List.of(1.0, 0.5), java.util.Arrays.stream(claude).boxed().toList());

        Path broken = Files.writeString(dir.resolve("broken.csv"), "item_id,m1,m2\nq1,1,0\nq2,yes please,1\n");
        InputError e = assertThrows(InputError.class, () -> ResultsReader.read(List.of(broken), null, null, ErrorPolicy.FAIL));
        assertEquals(3, e.line());
        assertEquals("m1", e.field());
    }

    @Test
    void aLongRecordWithNoScoreAnswerOrResponseIsAnErrorNotAZero() throws IOException {
        Path file = Files.writeString(dir.resolve("bare.jsonl"), "{\"item_id\": \"q1\", \"model\": \"m\"}\n");
        InputError e = assertThrows(InputError.class, () -> ResultsReader.read(List.of(file), null, null, ErrorPolicy.FAIL));
        assertTrue(e.getMessage().contains("expected a score, an answer or a response"), e.getMessage());
        assertTrue(e.getMessage().contains("--results-format wide"), e.getMessage());
    }
}
