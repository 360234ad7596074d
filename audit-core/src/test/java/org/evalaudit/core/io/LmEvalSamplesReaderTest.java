package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.evalaudit.core.model.Response;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LmEvalSamplesReaderTest {
    private static final Path MMLU = Fixtures.path(
            "lm-eval/EleutherAI__pythia-160m/samples_mmlu_astronomy_2024-06-01T10-00-00.123456.jsonl");
    private static final Path GSM8K = Fixtures.path(
            "lm-eval/EleutherAI__pythia-160m/samples_gsm8k_2024-06-01T10-00-00.123456.jsonl");

    @TempDir
    Path dir;

    private static Loaded<Results> read(Path file, FieldMapping mapping) {
        return ResultsReader.read(List.of(file), null, mapping, ErrorPolicy.FAIL);
    }

    @Test
    void multipleChoiceAnswersAreTheLetterOfTheHighestLogLikelihood() {
        Results results = read(MMLU, null).value();
        assertEquals(List.of(
                new Response("0", "EleutherAI/pythia-160m", "", 0, null, "B", 1.0),
                new Response("1", "EleutherAI/pythia-160m", "", 0, null, "A", 0.0),
                new Response("2", "EleutherAI/pythia-160m", "", 0, null, "C", 1.0)), results.stream().toList());
        assertEquals(List.of("acc,none", "acc_norm,none"), results.metricColumns());
        assertFalse(results.hasResponses());
    }

    @Test
    void theSoftmaxOfTheLogLikelihoodsGivesTheChoiceProbabilities() {
        Results results = read(MMLU, null).value();
        assertTrue(results.hasProbabilities());
        assertEquals(4, results.probabilityCount(0));
        // doc 0: log-likelihoods -2.31, -0.42, -3.10, -2.95; softmax by hand:
        // exp(-2.31+0.42)=0.151072, 1, exp(-3.10+0.42)=0.068563, exp(-2.95+0.42)=0.079659; sum 1.299294
        double[] expected = {0.116272, 0.769649, 0.052770, 0.061309};
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], results.probability(0, k), 1e-5, "choice " + k);
            sum += results.probability(0, k);
        }
        assertEquals(1.0, sum, 1e-6);
    }

    @Test
    void withoutMetricsTheScoreIsDerivedFromTheIntegerTarget() throws IOException {
        Path stripped = dir.resolve("samples_mmlu_astronomy_2024.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(stripped)) {
            for (String line : Files.readAllLines(MMLU)) {
                ObjectNode record = (ObjectNode) Json.MAPPER.readTree(line);
                record.remove(List.of("acc", "acc_norm", "metrics"));
                out.write(record.toString());
                out.newLine();
            }
        }
        Results results = read(stripped, null).value();
        assertEquals(List.of(1.0, 0.0, 1.0), results.stream().map(Response::score).toList());
    }

    @Test
    void generationUsesTheFirstFilterAndTreatsInvalidAsAbstention() {
        Loaded<Results> loaded = read(GSM8K, null);
        Results results = loaded.value();
        assertEquals(List.of(
                new Response("0", "EleutherAI/pythia-160m", "", 0,
                        "Natalia sold 24 clips in May, so 48 + 24 = 72 in total.\nThe answer is 72.", null, 0.0),
                new Response("1", "EleutherAI/pythia-160m", "", 0,
                        "She earns $0.2 per minute, so $10.\n#### 10", "10", 1.0),
                new Response("2", "EleutherAI/pythia-160m", "", 0, "", null, 0.0)), results.stream().toList());
        assertEquals(List.of("exact_match,strict-match", "exact_match,flexible-extract"), results.metricColumns());
        assertEquals(3, loaded.inputs().get(0).records());
    }

    @Test
    void aSingleLogLikelihoodRequestHasNoAnswerButKeepsItsMetric() throws IOException {
        Path file = Files.writeString(dir.resolve("samples_lambada_openai_2024-06-01T10-00-00.jsonl"),
                "{\"doc_id\": 0, \"doc\": {\"text\": \"He opened the door\"}, \"target\": \" door\","
                        + " \"arguments\": [[\"He opened the\", \" door\"]], \"resps\": [[[\"-0.5\", \"True\"]]],"
                        + " \"filtered_resps\": [[\"-0.5\", \"True\"]], \"filter\": \"none\","
                        + " \"metrics\": [\"perplexity\", \"acc\"], \"perplexity\": 1.65, \"acc\": 1.0}\n");
        Results results = read(file, null).value();
        assertEquals(List.of(new Response("0", dir.getFileName().toString(), "", 0, null, null, 1.0)),
                results.stream().toList());
        assertEquals(List.of("perplexity,none", "acc,none"), results.metricColumns());
    }

    @Test
    void theItemIdMayComeFromTheDoc() {
        Results results = read(MMLU, FieldMapping.parseOverrides("id=question")).value();
        assertEquals(List.of("Which planet is closest to the Sun?", "Which planet has the Great Red Spot?",
                "How many moons does Mars have?"), results.items().list());
    }

    @Test
    void theFormatCanBeForced() {
        Loaded<Results> loaded = ResultsReader.read(List.of(MMLU), null, null, ErrorPolicy.FAIL, ResultsFormat.LM_EVAL);
        assertEquals(3, loaded.value().size());
    }
}
