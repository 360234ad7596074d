package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.evalaudit.core.testing.SharedData;
import org.evalaudit.noise.quality.ItemQualityReport;
import org.evalaudit.noise.quality.MalformedItem;
import org.evalaudit.noise.quality.MalformedItems;
import org.evalaudit.noise.quality.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The label analysis on real data: 2,000 MMLU-Redux items, 20 HELM models, expert verdicts. The shared
 * data's README lists three simple rankers with their P@50 / P@100 / AP / R@200 over all 2,000 items (ties
 * by item id); reproducing them to the printed digits proves the metric code. The method must beat each of
 * them in AP and P@50 against both truth fields, uncertain items dropped.
 */
class ReduxDevEvaluationTest {
    private static ReduxDevData data;
    private static ScoredItems scored;

    @BeforeAll
    static void load() throws IOException {
        Path items = SharedData.require("mmlu-redux-dev/items.jsonl");
        data = ReduxDevData.read(items.getParent());
        scored = LabelRankers.main(data.benchmark(), data.results());
    }

    private static void assertRow(String ranker, String field, double p50, double p100, double ap, double r200) {
        RankingMetrics m = scored.metrics(scored.ranker(ranker), LabelEval.truth(data, field), id -> true);
        String label = ranker + " vs " + field;
        assertEquals(p50, m.precisionAt50(), 0.005, label + " P@50");
        assertEquals(p100, m.precisionAt100(), 0.005, label + " P@100");
        assertEquals(ap, m.averagePrecision(), 0.0005, label + " AP");
        assertEquals(r200, m.recallAt200(), 0.005, label + " R@200");
    }

    @Test
    void reproducesTheReadmeBaselines() {
        assertEquals(2000, scored.ids().size());
        assertRow(LabelRankers.DISAGREEMENT, "label_error", 0.26, 0.19, 0.257, 0.70);
        assertRow(LabelRankers.DISAGREEMENT, "gold_invalid", 0.30, 0.24, 0.264, 0.56);
        assertRow(LabelRankers.MARGIN, "label_error", 0.20, 0.16, 0.265, 0.65);
        assertRow(LabelRankers.MARGIN, "gold_invalid", 0.28, 0.20, 0.250, 0.56);
        assertRow(LabelRankers.DAWID_SKENE, "label_error", 0.20, 0.16, 0.219, 0.60);
        assertRow(LabelRankers.DAWID_SKENE, "gold_invalid", 0.28, 0.20, 0.220, 0.52);
    }

    @Test
    void beatsEveryBaselineInAveragePrecisionAndPrecisionAt50() {
        Predicate<String> certain = id -> !data.truth().get(id).uncertain();
        for (String field : new String[] {"label_error", "gold_invalid"}) {
            RankingMetrics method = scored.metrics(scored.ranker(LabelRankers.METHOD), LabelEval.truth(data, field), certain);
            for (String baseline : new String[] {LabelRankers.DISAGREEMENT, LabelRankers.MARGIN, LabelRankers.DAWID_SKENE}) {
                RankingMetrics base = scored.metrics(scored.ranker(baseline), LabelEval.truth(data, field), certain);
                assertTrue(method.averagePrecision() > base.averagePrecision(),
                        field + ": AP " + method.averagePrecision() + " vs " + baseline + " " + base.averagePrecision());
                assertTrue(method.precisionAt50() > base.precisionAt50(),
                        field + ": P@50 " + method.precisionAt50() + " vs " + baseline + " " + base.precisionAt50());
            }
        }
    }

    @Test
    void flagsTheUrlThatStandsForAQuestion() {
        ItemQualityReport report = ItemQualityReport.of(data.benchmark(), MalformedItems.DEFAULT_MIN_QUESTION_CHARS);
        MalformedItem url = report.malformed().stream()
                .filter(item -> item.itemId().equals("mmlu_redux/high_school_microeconomics/099")).findFirst().orElseThrow();
        assertTrue(url.problems().contains(Problem.URL_INSTEAD_OF_QUESTION), url.toString());
    }
}
