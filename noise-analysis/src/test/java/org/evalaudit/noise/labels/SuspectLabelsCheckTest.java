package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.ModelInfo;
import org.evalaudit.noise.labels.bench.SyntheticLabels;
import org.evalaudit.noise.quality.ItemQualityCheck;
import org.junit.jupiter.api.Test;

class SuspectLabelsCheckTest {
    private static final SyntheticLabels DATA = SyntheticLabels.generate(600, 12, 4, 0.05, 300, 12, 7);

    private static AuditContext context(AuditOptions options) {
        return AuditContext.builder().benchmark(DATA.benchmark()).results(DATA.results()).options(options).build();
    }

    @Test
    void notAssessedWithoutBenchmarkOrResults() {
        SuspectLabelsCheck check = new SuspectLabelsCheck();
        Finding noBenchmark = check.run(AuditContext.builder().results(DATA.results()).build()).get(0);
        Finding noResults = check.run(AuditContext.builder().benchmark(DATA.benchmark()).build()).get(0);
        assertEquals(Severity.NOT_ASSESSED, noBenchmark.severity());
        assertEquals(Severity.NOT_ASSESSED, noResults.severity());
        assertTrue(noResults.summary().contains("no model results"), noResults.summary());
    }

    @Test
    void notAssessedWhenNoBenchmarkItemHasAResponse() {
        org.evalaudit.core.model.Results other = org.evalaudit.core.model.Results.builder()
                .add("not-in-benchmark", "m1", "", 0, null, "A", 0).build();
        Finding finding = new SuspectLabelsCheck().run(AuditContext.builder().benchmark(DATA.benchmark())
                .results(other).build()).get(0);
        assertEquals(Severity.NOT_ASSESSED, finding.severity());
        assertTrue(finding.summary().contains("no benchmark item has a model response"), finding.summary());
    }

    @Test
    void headlineIsTheSharedErrorRateAndTheExportListsEveryAnsweredItem() {
        AuditContext context = context(AuditOptions.defaults());
        Finding finding = new SuspectLabelsCheck().run(context).get(0);
        LabelNoiseResult shared = LabelNoise.shared(context).orElseThrow();
        assertSame(shared, LabelNoise.shared(context).orElseThrow(), "computed once per audit");
        assertEquals(Sin.LOW_QUALITY, finding.sin());
        assertEquals("label_error_rate", finding.headline().name());
        assertEquals(shared.estimatedErrorRate(), finding.headline().value());
        assertTrue(finding.summary().startsWith(String.format(java.util.Locale.ROOT, "An estimated %.1f%%",
                100 * shared.estimatedErrorRate())), finding.summary());
        assertEquals(List.of("model", "accuracy", "gold_agreement", "vote_weight", "votes"), finding.table().columns());
        assertEquals(12, finding.table().rows().size(), "one row per model");
        assertTrue(finding.summary().contains("The key looks damaged in"), "a corrupted stretch was planted: "
                + finding.summary());
        Export export = finding.exports().get(0);
        assertEquals("suspect-labels.csv", export.fileName());
        Table table = export.table();
        assertEquals(List.of("rank", "item_id", "suspicion", "probability_wrong", "verdict", "gold", "suggested_answer",
                "support", "models", "model_accuracies", "explanation"), table.columns());
        assertEquals(600, table.rows().size());
        Set<Object> ids = new HashSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            assertEquals(r + 1, row.get(0));
            ids.add(row.get(1));
            double probability = (Double) row.get(3);
            assertTrue(probability >= 0 && probability <= 1, "a probability: " + probability);
            if (r > 0 && row.get(2) != null && table.rows().get(r - 1).get(2) != null) {
                assertTrue((Double) table.rows().get(r - 1).get(2) >= (Double) row.get(2), "most suspect first");
            }
        }
        assertEquals(600, ids.size());
        Map<String, Double> accuracy = new HashMap<>();
        shared.models().forEach(m -> accuracy.put(m.model(), m.accuracy()));
        for (List<Object> row : table.rows()) {
            List<?> models = (List<?>) row.get(table.columns().indexOf("models"));
            List<?> accuracies = (List<?>) row.get(table.columns().indexOf("model_accuracies"));
            assertEquals(row.get(7), models.size(), "support counts the models listed");
            assertEquals(models.size(), accuracies.size(), "one accuracy per model: " + row);
            for (int m = 0; m < models.size(); m++) {
                assertEquals(accuracy.get(models.get(m)), (Double) accuracies.get(m), 0.0005, "the model's accuracy");
            }
        }
        assertTrue(finding.items().size() <= 50);
        assertTrue(finding.items().stream().allMatch(item -> item.reason().matches("(gold_wrong|no_valid_or_multiple|key_shift): .+")));
    }

    /** Six synthetic subjects of 100 items: the summary names the three highest, the export lists all six. */
    @Test
    void ratesBySubjectAreSummarisedAndExportedHighestFirst() {
        AuditContext context = context(AuditOptions.defaults());
        Finding finding = new SuspectLabelsCheck().run(context).get(0);
        List<SubjectErrorRate> subjects = LabelNoise.shared(context).orElseThrow().subjects();
        assertEquals(6, subjects.size());
        SubjectErrorRate highest = subjects.stream().max(java.util.Comparator.comparingDouble(SubjectErrorRate::rate))
                .orElseThrow();
        assertTrue(finding.summary().contains(String.format(java.util.Locale.ROOT,
                " Highest estimated rates by subject: %s %.1f%% (%d flagged), ", highest.subject(), 100 * highest.rate(),
                highest.flagged())), finding.summary());
        Export export = finding.exports().get(1);
        assertEquals("label-errors-by-subject.csv", export.fileName());
        assertEquals(List.of("subject", "items", "estimated_wrong", "estimated_rate", "flagged"), export.table().columns());
        assertEquals(6, export.table().rows().size());
        assertEquals(highest.subject(), export.table().rows().get(0).get(0));
        for (int r = 1; r < 6; r++) {
            assertTrue((Double) export.table().rows().get(r - 1).get(3) >= (Double) export.table().rows().get(r).get(3));
        }
    }

    @Test
    void severityFollowsTheRateThresholds() {
        double rate = LabelNoise.shared(context(AuditOptions.defaults())).orElseThrow().estimatedErrorRate();
        Finding strict = new SuspectLabelsCheck().run(context(AuditOptions.defaults()
                .with("labels.warn-rate", "0").with("labels.fail-rate", String.valueOf(rate / 2)))).get(0);
        Finding lax = new SuspectLabelsCheck().run(context(AuditOptions.defaults()
                .with("labels.warn-rate", String.valueOf(rate * 2)).with("labels.fail-rate", "0.99"))).get(0);
        Finding flagMax = new SuspectLabelsCheck().run(context(AuditOptions.defaults().with("labels.flag-max", "3"))).get(0);
        assertEquals(Severity.FAIL, strict.severity());
        assertEquals(Severity.PASS, lax.severity());
        assertEquals(3, flagMax.items().size());
    }

    /**
     * A card that marks three models strong, two of which give a suspect's suggested answer (the first that not
     * every model supports) and one of which does not: every item
     * that blames the key names the strong models among its supporters, in the CSV and the flagged list; the
     * other items, and every item without a card, keep the analysis's explanation.
     */
    @Test
    void namesTheCardsStrongModelsThatGiveTheSuggestedAnswer() {
        AuditContext plain = context(AuditOptions.defaults());
        SuspectItem top = LabelNoise.shared(plain).orElseThrow().suspects().stream()
                .filter(item -> item.models().size() >= 2 && item.models().size() < 12).findFirst().orElseThrow();
        List<String> supporters = top.models().stream().sorted().toList();
        String outsider = DATA.results().models().list().stream().filter(m -> !top.models().contains(m))
                .sorted().findFirst().orElseThrow();
        Map<String, ModelInfo> models = new TreeMap<>();
        for (String name : List.of(supporters.get(0), supporters.get(1), outsider)) {
            models.put(name, new ModelInfo(name, null, true));
        }
        BenchmarkCard card = new BenchmarkCard("synthetic", null, null, null, models);
        AuditContext withCard = AuditContext.builder().benchmark(DATA.benchmark()).results(DATA.results())
                .card(card).build();
        Table withoutCard = new SuspectLabelsCheck().run(plain).get(0).exports().get(0).table();
        Finding finding = new SuspectLabelsCheck().run(withCard).get(0);
        Table table = finding.exports().get(0).table();
        String expected = top.explanation() + "; strong models (card) giving " + top.suggestedAnswer() + ": 2 of 3 ("
                + supporters.get(0) + ", " + supporters.get(1) + ")";
        assertEquals(top.itemId(), table.rows().get(top.rank() - 1).get(1));
        int explanationColumn = table.columns().indexOf("explanation");
        assertEquals(expected, table.rows().get(top.rank() - 1).get(explanationColumn));
        assertEquals(top.verdict().label() + ": " + expected, finding.items().stream()
                .filter(item -> item.itemId().equals(top.itemId())).findFirst().orElseThrow().reason());
        for (int r = 0; r < table.rows().size(); r++) {
            boolean blamesKey = !List.of("ok", "too_hard").contains(table.rows().get(r).get(4));
            String explanation = (String) table.rows().get(r).get(explanationColumn);
            assertEquals(blamesKey, explanation.contains("strong models (card)"), explanation);
            assertTrue(explanation.startsWith((String) withoutCard.rows().get(r).get(explanationColumn)));
            assertTrue(!((String) withoutCard.rows().get(r).get(explanationColumn)).contains("strong models"));
        }
    }

    /** The summary names a run of wrong keys as damaged key, and a subject of scattered ones apart from it. */
    @Test
    void theSummaryTellsARunFromManyScatteredWrongKeys() {
        Fixtures.Built built = Fixtures.runAndScatteredWrongKeys();
        Finding finding = new SuspectLabelsCheck().run(AuditContext.builder().benchmark(built.benchmark())
                .results(built.results()).build()).get(0);
        assertTrue(finding.summary().contains("The key looks damaged in 1 stretch: q40 to q51 (corrupted; permutation "
                + "p = 0.01)."), finding.summary());
        assertTrue(finding.summary().matches(".* Many wrong keys, but not in runs, in: q1\\d\\d to q1\\d\\d "
                + "\\(permutation p = (0\\.[1-9]\\d|0\\.0[5-9]|1\\.00)\\)\\..*"), finding.summary());
    }

    @Test
    void bothChecksAreRegisteredAsServices() {
        Set<Class<?>> found = new HashSet<>();
        ServiceLoader.load(Check.class).forEach(check -> found.add(check.getClass()));
        assertTrue(found.contains(SuspectLabelsCheck.class));
        assertTrue(found.contains(ItemQualityCheck.class));
    }
}
