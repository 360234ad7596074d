package org.evalaudit.noise.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.testing.Synthetic;
import org.junit.jupiter.api.Test;

class SamplingNoiseCheckTest {
    private static final Results THREE_MODELS = Synthetic.results(
            Synthetic.correlatedBinary(new SplittableRandom(1), 1000, 0.8, 0.78, 0.6));

    private static Finding run(Results results, Map<String, String> options) {
        AuditContext context = AuditContext.builder().results(results).options(new AuditOptions(options)).build();
        List<Finding> findings = new SamplingNoiseCheck().run(context);
        assertEquals(1, findings.size());
        return findings.get(0);
    }

    @Test
    void withoutResultsItIsNotAssessed() {
        Finding f = new SamplingNoiseCheck().run(AuditContext.builder().build()).get(0);
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertTrue(f.summary().contains("no results"));
    }

    @Test
    void exportsModelScoresAndPairwiseWithTheDocumentedColumns() {
        Finding f = run(THREE_MODELS, Map.of());
        Export scores = f.exports().get(0);
        Export pairs = f.exports().get(1);
        assertEquals("model-scores.csv", scores.fileName());
        assertEquals(List.of("model", "n", "mean", "se", "ci_low", "ci_high", "clustered_se", "clusters"),
                scores.table().columns());
        assertEquals(3, scores.table().rows().size());
        assertEquals("pairwise.csv", pairs.fileName());
        assertEquals(List.of("model_a", "model_b", "n", "mean_a", "mean_b", "diff", "se_diff", "correlation", "p_value",
                "p_holm", "p_bh", "distinguishable"), pairs.table().columns());
        assertEquals(3, pairs.table().rows().size());
        List<Object> top = scores.table().rows().get(0);
        assertEquals("m0", top.get(0));
        assertEquals(1000, top.get(1));
        assertEquals(null, top.get(6), "no clusters without a benchmark");
        assertEquals(0, top.get(7));
    }

    @Test
    void theSummarySaysWhatCannotBeToldApart() {
        Finding f = run(THREE_MODELS, Map.of());
        assertTrue(f.summary().startsWith("With 1,000 items, differences under "), f.summary());
        assertTrue(f.summary().contains("points cannot be told apart (80% power, alpha 0.05)"), f.summary());
        assertTrue(f.summary().contains("1 of 3 model pairs (33%) are statistical ties"), f.summary());
        assertTrue(f.summary().contains("Telling apart differences of 2.0 points would take about "), f.summary());
        assertEquals("share_distinguishable", f.headline().name());
        assertEquals(2 / 3.0, f.headline().value(), 1e-15);
    }

    @Test
    void passagesFoundInTheQuestionsAreNamedAsInferredClusters() {
        String passage = "Read the following account of a town meeting held in the spring, where the council "
                + "debated the boundaries of the new county, the mills on the river, the roads and the common "
                + "pasture, and decided each question by a show of hands. ";
        List<org.evalaudit.core.model.Item> items = new java.util.ArrayList<>();
        Results.Builder b = Results.builder();
        for (int i = 0; i < 40; i++) {
            String question = i < 6 ? passage + "Question " + i + " about it?" : "Unrelated question " + i + "?";
            items.add(org.evalaudit.core.model.Item.of("q" + i, question, List.of("a", "b"), "A"));
            for (int m = 0; m < 2; m++) {
                b.add("q" + i, "m" + m, "", 0, null, null, (i + m) % 3 == 0 ? 0 : 1);
            }
        }
        String summary = new SamplingNoiseCheck().run(AuditContext.builder().results(b.build())
                .benchmark(new org.evalaudit.core.model.Benchmark("b", items)).build()).get(0).summary();
        assertTrue(summary.contains("The benchmark names no clusters, but 6 items open with a passage they share with "
                + "others (1 passage, found from the question text), so they count as clusters"), summary);
    }

    @Test
    void answersGivenTwiceAreNamedAsCopiesNotTakenForSamples() {
        Results.Builder twice = Results.builder();
        Results.Builder sampled = Results.builder();
        for (int copy = 0; copy < 2; copy++) {
            for (int i = 0; i < 40; i++) {
                for (int m = 0; m < 2; m++) {
                    int score = (i + m) % 3 == 0 ? 0 : 1;
                    twice.add("q" + i, "m" + m, "", 0, "answer " + score, null, score);
                    sampled.add("q" + i, "m" + m, "", 0, "answer " + score + " (sample " + copy + ")", null, score);
                }
            }
        }
        String doubled = new SamplingNoiseCheck().run(AuditContext.builder().results(twice.build()).build()).get(0).summary();
        assertTrue(doubled.contains("80 of these answers repeat an earlier one exactly"), doubled);
        String samples = new SamplingNoiseCheck().run(AuditContext.builder().results(sampled.build()).build()).get(0).summary();
        assertTrue(samples.contains("Items were answered 2.0 times on average") && !samples.contains("repeat an earlier"),
                samples);
    }

    /** Three items cannot detect even a 100-point difference: the summary says so instead of quoting an MDE above 100. */
    @Test
    void anMdeBeyondTheScaleIsSaidInWords() {
        Results.Builder b = Results.builder();
        int[][] scores = {{1, 0, 1}, {1, 1, 0}};
        for (int m = 0; m < scores.length; m++) {
            for (int i = 0; i < scores[m].length; i++) {
                b.add("q" + i, "m" + m, "", 0, null, null, scores[m][i]);
            }
        }
        Finding f = run(b.build(), Map.of());
        assertTrue(f.summary().startsWith("With 3 items, no difference between two scores can be told apart: the"
                + " smallest detectable one, "), f.summary());
        assertTrue(f.summary().contains(" points, exceeds the whole scale (80% power, alpha 0.05)"), f.summary());
        assertEquals(Severity.FAIL, f.severity());
    }

    /** The MDE of 1,000 items and these models is about 4-5 points: WARN by default, and the thresholds are options. */
    @Test
    void severityFollowsTheMdeThresholds() {
        assertEquals(Severity.WARN, run(THREE_MODELS, Map.of()).severity());
        assertEquals(Severity.PASS, run(THREE_MODELS, Map.of("sampling-noise.mde-warn-points", "20")).severity());
        assertEquals(Severity.FAIL, run(THREE_MODELS, Map.of("sampling-noise.mde-fail-points", "1")).severity());
    }

    /** With several answers per item the leaderboard shows what more answers would buy (Miller section 3). */
    @Test
    void repeatedAnswersAddSamplingColumns() {
        Results.Builder b = Results.builder();
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 200; i++) {
            for (int sample = 0; sample < 4; sample++) {
                b.add("q" + i, "m", null, sample, null, null, random.nextInt(2));
            }
        }
        Finding f = run(b.build(), Map.of());
        assertEquals(List.of("rank", "model", "n", "mean", "se", "ci_low", "ci_high", "tied_group", "answers_per_item",
                "se_if_doubled", "se_limit"), f.table().columns());
        assertEquals(4.0, f.table().rows().get(0).get(8));
        assertTrue(f.summary().contains("Items were answered 4.0 times on average"), f.summary());
    }

    @Test
    void aSingleModelIsJudgedByItsMde() {
        Finding f = run(Synthetic.results(Synthetic.correlatedBinary(new SplittableRandom(2), 100, 0.7)), Map.of());
        assertEquals("mde_points", f.headline().name());
        assertEquals(Severity.FAIL, f.severity(), "100 items cannot detect 10 points");
        assertTrue(f.summary().contains("% +- "), f.summary());
    }

    @Test
    void theSameInputsGiveTheSameFinding() {
        Map<String, String> options = Map.of("sampling-noise.seed", "42");
        double[][] fractional = Synthetic.correlatedBinary(new SplittableRandom(3), 300, 0.5, 0.55);
        for (double[] row : fractional) {
            for (int i = 0; i < row.length; i += 2) {
                row[i] = 0.5;
            }
        }
        Results results = Synthetic.results(fractional);
        assertEquals(run(results, options), run(results, options));
    }
}
