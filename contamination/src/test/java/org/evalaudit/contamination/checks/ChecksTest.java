package org.evalaudit.contamination.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.index.IncompatibleIndexException;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksTest {
    @TempDir
    Path dir;

    @Test
    void theThreeChecksAreFoundByServiceLoader() {
        List<String> ids = Audit.discover().checks().stream().map(c -> c.id()).toList();
        assertTrue(ids.containsAll(List.of("contamination", "near-duplicates", "public-private-gap")), ids.toString());
    }

    @Test
    void contaminationIsNotAssessedWithoutACorpus() throws Exception {
        Benchmark benchmark = new SyntheticData(1).benchmark(10);
        List<Finding> findings = new ContaminationCheck().run(AuditContext.builder().benchmark(benchmark).build());
        assertEquals(Severity.NOT_ASSESSED, findings.get(0).severity());
        assertTrue(findings.get(0).summary().contains("no corpus"));
    }

    /** The Lucene index is found through the service loader; a folder holding no index is refused by name. */
    @Test
    void aFolderWithoutAnIndexIsRefusedWithItsName() {
        Benchmark benchmark = new SyntheticData(1).benchmark(10);
        Path missing = dir.resolve("index");
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> new ContaminationCheck()
                .run(AuditContext.builder().benchmark(benchmark).corpusIndex(missing).build()));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("holds no index"),
                e.getMessage());
    }

    @Test
    void contaminationFailsWhenItemsLeakedAndComparesScores() throws Exception {
        SyntheticData data = new SyntheticData(3);
        Benchmark benchmark = data.benchmark(200);
        Path corpus = dir.resolve("web.jsonl");
        try (OutputStream out = Files.newOutputStream(corpus)) {
            data.corpus(benchmark, 300_000, 5, out);
        }
        AuditContext base = AuditContext.builder().benchmark(benchmark).corpora(List.of(corpus)).build();
        ContaminationCheck check = new ContaminationCheck();
        Finding finding = check.run(base).get(0);
        assertEquals(Severity.FAIL, finding.severity());
        assertTrue(finding.headline().value() > 0);
        assertEquals(List.of("contamination-items.csv", "contaminated-docs.jsonl"),
                finding.exports().stream().map(e -> e.fileName()).toList());
        assertEquals(200, finding.exports().get(0).table().rows().size());

        // a model that knows the dirty items answers them right; the clean ones at chance
        List<String> dirty = finding.items().stream().filter(f -> f.reason().startsWith("question"))
                .map(f -> f.itemId()).toList();
        Results.Builder results = Results.builder();
        SplittableRandom random = new SplittableRandom(9);
        for (Item item : benchmark.items()) {
            boolean knows = dirty.contains(item.id());
            results.add(item.id(), "memoriser", "", 0, null, null, knows || random.nextDouble() < 0.25 ? 1 : 0);
            results.add(item.id(), "honest", "", 0, null, null, random.nextDouble() < 0.5 ? 1 : 0);
        }
        AuditContext withResults = AuditContext.builder().benchmark(benchmark).corpora(List.of(corpus))
                .results(results.build()).build();
        Finding impact = check.run(withResults).get(1);
        assertEquals("contamination/impact", impact.id());
        assertEquals(Severity.WARN, impact.severity());
        assertTrue(impact.summary().startsWith("memoriser"), impact.summary());
    }

    @Test
    void nearDuplicatesPairsRepeatsButNotTemplates() {
        List<Item> items = new ArrayList<>();
        items.add(Item.of("a", "What is the boiling point of water at sea level in degrees Celsius on a normal day?",
                List.of("90", "100", "110", "120"), "B"));
        items.add(Item.of("b", "What is the boiling point of water at sea level, in degrees Celsius, on a normal day?",
                List.of("90", "100", "110", "120"), "C"));
        String[] topics = {"a cough", "a rash", "a fever", "a fracture", "a headache"};
        for (int i = 0; i < topics.length; i++) {
            items.add(Item.of("t" + i, "A man presents with " + topics[i]
                    + ". Which of the following is the most appropriate next step in management?", List.of("x", "y"), "A"));
        }
        Finding f = new NearDuplicatesCheck().run(AuditContext.builder().benchmark(new Benchmark("b", items)).build()).get(0);
        assertEquals(1.0, f.headline().value());
        List<Object> row = f.exports().get(0).table().rows().get(0);
        assertEquals(List.of("a", "b"), row.subList(0, 2));
        assertEquals(false, row.get(4), "the pair's gold answers differ");
        assertEquals("", row.get(5), "the questions differ only in punctuation");
        assertTrue(f.summary().contains("1 of them with the same question"), f.summary());
        assertEquals(Severity.FAIL, f.severity(), "2 of 7 items is above the 5 % share");
    }

    @Test
    void aVariantIsAWarningButTheSameQuestionWithAnotherGoldFails() {
        List<Item> items = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 60; i++) {
            StringBuilder question = new StringBuilder();
            for (int w = 0; w < 14; w++) {
                question.append(random.nextInt(1_000_000)).append(w % 2 == 0 ? "x " : "y ");
            }
            items.add(Item.of("f" + i, question.toString(), List.of("yes", "no", "maybe", "never"), "A"));
        }
        List<String> orders = List.of("6", "12", "30", "105");
        items.add(Item.of("v1", "Find the maximum possible order for an element of the symmetric group S_n for n = 6.", orders, "A"));
        items.add(Item.of("v2", "Find the maximum possible order for an element of the symmetric group S_n for n = 10.", orders, "C"));
        Finding variants = new NearDuplicatesCheck().run(AuditContext.builder().benchmark(new Benchmark("b", items)).build()).get(0);
        assertEquals(1.0, variants.headline().value(), variants.summary());
        assertEquals(Severity.WARN, variants.severity(), "2 of 62 items, and the golds differ because the questions do");
        assertEquals("6 → 10", variants.exports().get(0).table().rows().get(0).get(5));

        items.add(Item.of("s1", "Which planet of the solar system has the longest day measured in Earth hours?",
                List.of("Venus", "Mars", "Jupiter", "Mercury"), "A"));
        items.add(Item.of("s2", "Which planet of the solar system has the longest day, measured in Earth hours?",
                List.of("Mars", "Venus", "Jupiter", "Mercury"), "A"));
        Finding conflict = new NearDuplicatesCheck().run(AuditContext.builder().benchmark(new Benchmark("b", items)).build()).get(0);
        assertEquals(2.0, conflict.headline().value(), conflict.summary());
        assertEquals(Severity.FAIL, conflict.severity(), "4 of 64 items is under 5 %, but one key of s1 and s2 is wrong");
    }

    @Test
    void publicPrivateGapFlagsOnlyTheModelThatSawThePublicItems() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            items.add(new Item("q" + i, "question " + i, List.of(), "x", null, i % 2 == 0 ? "public" : "private", null, Map.of()));
        }
        Benchmark benchmark = new Benchmark("b", items);
        Results.Builder results = Results.builder();
        SplittableRandom random = new SplittableRandom(4);
        for (Item item : items) {
            boolean isPublic = "public".equals(item.split());
            results.add(item.id(), "trained-on-public", "", 0, null, null, random.nextDouble() < (isPublic ? 0.8 : 0.55) ? 1 : 0);
            results.add(item.id(), "clean-a", "", 0, null, null, random.nextDouble() < 0.6 ? 1 : 0);
            results.add(item.id(), "clean-b", "", 0, null, null, random.nextDouble() < 0.4 ? 1 : 0);
        }
        Finding f = new PublicPrivateGapCheck().run(AuditContext.builder().benchmark(benchmark).results(results.build())
                .options(AuditOptions.defaults()).build()).get(0);
        assertEquals(Severity.FAIL, f.severity());
        List<List<Object>> rows = f.table().rows();
        assertEquals(true, rows.get(0).get(9));
        assertEquals(false, rows.get(1).get(9));
        assertEquals(false, rows.get(2).get(9));
    }

    @Test
    void publicPrivateGapNeedsBothSplits() {
        Benchmark benchmark = new SyntheticData(2).benchmark(5);
        Results results = Results.builder().add("synthetic/0", "m", "", 0, null, null, 1).build();
        Finding f = new PublicPrivateGapCheck().run(AuditContext.builder().benchmark(benchmark).results(results).build()).get(0);
        assertEquals(Severity.NOT_ASSESSED, f.severity());
    }
}
