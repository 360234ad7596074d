package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class VoteTableTest {

    private static Map<Integer, Double> votesByCategory(VoteTable table, int i) {
        Map<Integer, Double> out = new java.util.TreeMap<>();
        for (int v = table.voteStart(i); v < table.voteEnd(i); v++) {
            out.merge(table.voteCategory(v), table.voteShare(v), Double::sum);
        }
        return out;
    }

    @Test
    void abstentionsAndAnswersThatNameNoChoiceAreNoVote() {
        Benchmark benchmark = new Benchmark("b", List.of(Fixtures.item("q1", "A", "s")));
        Results results = Results.builder()
                .add("q1", "m1", "", 0, null, "(b)", 0)
                .add("q1", "m2", "", 0, null, null, 0)
                .add("q1", "m3", "", 0, null, "E", 0)
                .add("q1", "m4", "", 0, null, "Gamma", 0)
                .add("q1", "m5", "", 0, null, "...", 0)
                .build();
        VoteTable table = VoteTable.of(benchmark, results);
        assertEquals(1, table.size());
        assertVotes(Map.of(1, 1.0, 2, 1.0), votesByCategory(table, 0));
        assertEquals(0, table.gold(0));
        assertTrue(table.unitShares());
    }

    @Test
    void aModelThatAnsweredSeveralTimesVotesForItsMostFrequentAnswer() {
        Benchmark benchmark = new Benchmark("b", List.of(Fixtures.item("q1", "A", "s")));
        Results results = Results.builder()
                .add("q1", "m1", "t1", 0, null, "A", 1)
                .add("q1", "m1", "t2", 0, null, "B", 0)
                .add("q1", "m1", "t3", 0, null, "B", 0)
                .add("q1", "m1", "t4", 0, null, null, 0)
                .add("q1", "m2", "t1", 0, null, "A", 1)
                .add("q1", "m3", "t1", 0, null, "C", 0)
                .add("q1", "m3", "t2", 0, null, "D", 0)
                .build();
        VoteTable table = VoteTable.of(benchmark, results);
        assertFalse(table.unitShares(), "m3's answers tie");
        assertVotes(Map.of(0, 1.0, 1, 1.0, 2, 0.5, 3, 0.5), votesByCategory(table, 0));
    }

    private static void assertVotes(Map<Integer, Double> expected, Map<Integer, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(v, actual.get(k), 1e-6));
    }

    @Test
    void freeFormAnswersAreComparedInNormalForm() {
        Item item = new Item("g1", "How many?", List.of(), "1,000", null, null, "math", Map.of());
        Results results = Results.builder()
                .add("g1", "m1", "", 0, null, "1000", 1)
                .add("g1", "m2", "", 0, null, "1000.0", 1)
                .add("g1", "m3", "", 0, null, "999", 0)
                .add("g1", "m4", "", 0, null, " 999 ", 0)
                .build();
        VoteTable table = VoteTable.of(new Benchmark("b", List.of(item)), results);
        assertTrue(table.isFreeForm(0));
        assertEquals(2, table.categories(0));
        assertEquals(3, table.hypotheses(0), "plus an answer nobody gave");
        assertEquals("1000", table.label(0, 0));
        assertEquals("999", table.label(0, 1));
        assertVotes(Map.of(0, 2.0, 1, 2.0), votesByCategory(table, 0));
    }

    @Test
    void judgesOnlyAnsweredItemsInBenchmarkOrderWithChainsBySubject() {
        List<Item> items = new ArrayList<>();
        items.add(Fixtures.item("a1", "A", "alpha"));
        items.add(Fixtures.item("a2", "A", "alpha"));
        items.add(Fixtures.item("x", "A", "alpha"));
        items.add(Fixtures.item("b1", "A", "beta"));
        items.add(Fixtures.item("a3", "A", "alpha"));
        Results.Builder results = Results.builder();
        for (String id : List.of("b1", "a3", "a2", "a1", "unknown")) {
            results.add(id, "m1", "", 0, null, "A", 1);
        }
        VoteTable table = VoteTable.of(new Benchmark("b", items), results.build());
        List<String> ids = new ArrayList<>();
        List<Integer> chains = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            ids.add(table.id(i));
            chains.add(table.chain(i));
        }
        assertEquals(List.of("a1", "a2", "b1", "a3"), ids, "item x has no response; results order does not matter");
        assertEquals(List.of(0, 0, 1, 2), chains, "a subject that comes back starts a new stretch");
        assertEquals(List.of("alpha", "beta", "alpha"), table.chainNames());
    }

    @Test
    void goldOutsideTheChoicesIsUnusable() {
        Benchmark benchmark = new Benchmark("b", List.of(Fixtures.item("q1", "E", "s"), Fixtures.item("q2", null, "s")));
        Results results = Results.builder().add("q1", "m1", "", 0, null, "A", 0).add("q2", "m1", "", 0, null, "A", 0)
                .build();
        VoteTable table = VoteTable.of(benchmark, results);
        assertEquals(-1, table.gold(0));
        assertEquals(-1, table.gold(1));
    }
}
