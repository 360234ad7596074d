package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.benchmark;
import static org.evalaudit.core.checks.Fixtures.cell;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.FlaggedItem;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.grading.AnswerMatcher;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class GradingCheckTest {
    private final GradingCheck check = new GradingCheck();
    private static final Benchmark BENCH = benchmark(
            Item.of("cap", "Capital of France?", List.of("Rome", "Paris"), "B"),
            Item.of("num", "How many legs have 250 spiders?", List.of(), "2000"));

    /**
     * 20 responses per model. m-clean: all parsed and right. m-null: 3 abstentions ("To"). m-chatty: 2
     * responses "I would go with (B), probably" that only the lenient parser reads as B. m-prose: 4 wrong-scored
     * responses that state 2,000 in prose (lenient finds 2000, strict finds nothing).
     */
    private static Results results(boolean withRaw) {
        Results.Builder b = Results.builder();
        for (int i = 0; i < 10; i++) {
            b.add("cap", "m-clean", null, i, raw(withRaw, "B"), "B", 1);
            b.add("num", "m-clean", null, i, raw(withRaw, "2000"), "2000", 1);
            b.add("cap", "m-null", null, i, raw(withRaw, i < 3 ? "To" : "B"), i < 3 ? null : "B", i < 3 ? 0 : 1);
            b.add("num", "m-null", null, i, raw(withRaw, "2000"), "2000", 1);
            b.add("cap", "m-chatty", null, i, raw(withRaw, i < 2 ? "I would go with (B), probably" : "B"), "B", 1);
            b.add("num", "m-chatty", null, i, raw(withRaw, "2000"), "2000", 1);
            String prose = i < 4 ? "Each spider has 8 legs, so 2,000 legs." : "2000";
            b.add("num", "m-prose", null, i, raw(withRaw, prose), i < 4 ? "8" : "2000", i < 4 ? 0 : 1);
            b.add("cap", "m-prose", null, i, raw(withRaw, "A"), "A", 0);
        }
        return b.build();
    }

    private static String raw(boolean withRaw, String text) {
        return withRaw ? text : null;
    }

    @Test
    void notAssessedWithoutResultsOrWithScoresOnly() {
        assertEquals(Severity.NOT_ASSESSED, only(check.run(AuditContext.builder().benchmark(BENCH).build())).severity());
        Results scoresOnly = Results.builder().add("cap", "m", null, 0, null, null, 1).build();
        Finding f = only(check.run(context(BENCH, scoresOnly)));
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertTrue(f.summary().contains("only scores"), f.summary());
    }

    @Test
    void countsAbstentionsPerModelExactly() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(List.of("model", "responses", "unparseable", "unparseable_rate", "strict_lenient_disagree",
                "gold_in_response_scored_wrong", "disagree_examples", "gold_in_response_examples"), f.table().columns());
        assertEquals(20L, cell(f, "m-null", "responses"));
        assertEquals(3L, cell(f, "m-null", "unparseable"));
        assertEquals(0.15, cell(f, "m-null", "unparseable_rate"));
        assertEquals(0L, cell(f, "m-clean", "unparseable"));
        assertEquals(0L, cell(f, "m-null", "strict_lenient_disagree"), "\"To\" is unparseable both ways");
    }

    @Test
    void findsResponsesThatStrictAndLenientGradingJudgeDifferently() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(2L, cell(f, "m-chatty", "strict_lenient_disagree"), "\"I would go with (B), probably\"");
        assertEquals(List.of("cap", "cap"), cell(f, "m-chatty", "disagree_examples"));
        assertEquals(4L, cell(f, "m-prose", "strict_lenient_disagree"), "prose with the number only leniently");
        assertEquals(0L, cell(f, "m-clean", "strict_lenient_disagree"));
    }

    @Test
    void findsResponsesThatStateTheGoldYetScoredZero() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(4L, cell(f, "m-prose", "gold_in_response_scored_wrong"), "\"2,000\" states the gold 2000");
        assertEquals(List.of("num", "num", "num", "num"), cell(f, "m-prose", "gold_in_response_examples"));
        assertEquals(0L, cell(f, "m-chatty", "gold_in_response_scored_wrong"), "scored 1, so not a suspect");
        List<FlaggedItem> items = f.items();
        assertEquals(List.of("num", "cap"), items.stream().map(FlaggedItem::itemId).toList());
        assertEquals(8.0, items.get(0).score(), "4 stating the gold + 4 disagreements");
        assertTrue(items.get(0).reason().startsWith("states the gold answer yet scored 0: 4 responses (m-prose); "
                + "strict and lenient re-grading disagree: 4 responses (m-prose) — question: \"How many legs"),
                items.get(0).reason());
    }

    @Test
    void theWorstModelSetsHeadlineAndSeverityAndEachResponseCountsOnce() {
        Finding f = only(check.run(context(BENCH, results(true))));
        assertEquals(0.2, f.headline().value(), 1e-12, "m-prose: 4 of 20, each suspect twice but counted once");
        assertEquals(Severity.FAIL, f.severity(), "0.2 >= 0.10");
        assertTrue(f.summary().startsWith("Up to 20.0% of a model's grades are suspect (m-prose: 0 unparseable "
                + "answers, 4 responses graded differently by strict and lenient parsing, 4 responses stating the "
                + "gold yet scored 0); 3 of 80 responses in all were unparseable."), f.summary());
        Finding lenient = only(check.run(context(BENCH, results(true), Map.of(GradingCheck.FAIL_RATE, "0.5"))));
        assertEquals(Severity.WARN, lenient.severity());
    }

    @Test
    void withoutRawResponsesOrBenchmarkOnlyAbstentionsAreCounted() {
        Finding noRaw = only(check.run(context(BENCH, results(false))));
        assertNull(cell(noRaw, "m-prose", "gold_in_response_scored_wrong"));
        assertNull(cell(noRaw, "m-prose", "strict_lenient_disagree"));
        assertEquals(0.15, noRaw.headline().value(), 1e-12, "m-null's abstentions");
        assertTrue(noRaw.summary().endsWith("The results carry no raw responses, so responses were not re-graded."));
        Finding noBench = only(check.run(AuditContext.builder().results(results(true)).build()));
        assertNull(cell(noBench, "m-prose", "gold_in_response_scored_wrong"));
        assertTrue(noBench.summary().endsWith("No benchmark was given, so responses were not re-graded."));
    }

    /**
     * The one-letter shortcut of {@link GradingCheck#gradingsDisagree} gives the verdict of running both
     * parsers, for every letter, including letters outside the choices and choices that are letters.
     */
    @Test
    void oneLetterShortcutAgreesWithBothParsers() {
        List<List<String>> choiceSets = List.of(List.of("x", "y"), List.of("Rome", "Paris", "Berlin", "Madrid"),
                List.of("a", "b", "c", "d", "e"), List.of("B", "A", "D", "C"));
        for (List<String> choices : choiceSets) {
            for (int gold = 0; gold < choices.size(); gold++) {
                Item item = Item.of("i", "q", choices, Item.letter(gold));
                for (char c = 'A'; c <= 'Z'; c++) {
                    for (String raw : List.of(String.valueOf(c), String.valueOf(Character.toLowerCase(c)), " " + c + "\n")) {
                        boolean strict = AnswerMatcher.matches(AnswerMatcher.extractStrict(raw, item), item);
                        boolean lenient = AnswerMatcher.matches(AnswerMatcher.extractLenient(raw, item), item);
                        assertEquals(strict != lenient, GradingCheck.gradingsDisagree(raw, item),
                                "raw '" + raw + "' with choices " + choices + ", gold " + gold);
                    }
                }
            }
        }
    }

    @Test
    void aLetterOutsideTheChoicesThatIsAChoiceTextIsADisagreement() {
        Item item = Item.of("i", "q", List.of("x", "y"), "A");
        assertEquals(true, GradingCheck.gradingsDisagree("X", item), "lenient reads the text x, strict finds no letter");
    }

    @Test
    void cleanResultsPass() {
        Results r = Results.builder().add("cap", "m", null, 0, "B", "B", 1).add("num", "m", null, 0, "7", "7", 0).build();
        Finding f = only(check.run(context(BENCH, r)));
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value());
        assertTrue(f.items().isEmpty());
    }
}
