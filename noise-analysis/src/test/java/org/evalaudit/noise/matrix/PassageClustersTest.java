package org.evalaudit.noise.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.junit.jupiter.api.Test;

class PassageClustersTest {
    private static final String PASSAGE = "This question refers to the following information. All this while the "
            + "settlers came and went along the river, and the council met each spring to settle the boundaries of "
            + "the new county, arguing over mills, roads and the common pasture at great length. ";

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(Item.of("p1", PASSAGE + "Which body met each spring?", List.of("a", "b"), "A"));
        items.add(Item.of("p2", PASSAGE + "What did they argue over?", List.of("a", "b"), "A"));
        items.add(Item.of("p3", PASSAGE + "Where did the settlers travel?", List.of("a", "b"), "B"));
        for (int i = 0; i < 5; i++) {
            items.add(Item.of("s" + i, "A short question number " + i + "?", List.of("a", "b"), "A"));
        }
        return items;
    }

    @Test
    void questionsOpeningWithTheSamePassageShareACluster() {
        Map<String, String> passages = PassageClusters.infer(new Benchmark("b", items()));
        assertEquals(Map.of("p1", "passage of p1", "p2", "passage of p1", "p3", "passage of p1"), passages);
    }

    @Test
    void anInstructionOpeningEveryQuestionIsNoPassage() {
        String instruction = "The following are multiple choice questions with answers about world history. Read each "
                + "question carefully, think step by step about what it asks, and then answer with the letter of the "
                + "single best choice. ";
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(Item.of("q" + i, instruction + "Question " + i + ": who ruled in year " + (1500 + i) + "?",
                    List.of("a", "b"), "A"));
        }
        assertEquals(Map.of(), PassageClusters.infer(new Benchmark("b", items)));
    }

    @Test
    void theScoreMatrixUsesPassagesOnlyWhenTheBenchmarkNamesNoCluster() {
        Results.Builder results = Results.builder();
        for (Item item : items()) {
            results.add(item.id(), "m", null, 0, null, null, 1.0);
        }
        ScoreMatrix inferred = ScoreMatrix.of(results.build(), new Benchmark("b", items()));
        assertEquals(1, inferred.clusterCount());
        int[] clusters = inferred.clusters();
        assertTrue(clusters[0] == 0 && clusters[1] == 0 && clusters[2] == 0 && clusters[3] < 0, java.util.Arrays.toString(clusters));

        List<Item> named = new ArrayList<>(items());
        Item first = named.get(0);
        named.set(0, new Item(first.id(), first.question(), first.choices(), first.gold(), "unit-1", null, null, Map.of()));
        ScoreMatrix explicit = ScoreMatrix.of(results.build(), new Benchmark("b", named));
        assertEquals(1, explicit.clusterCount(), "the benchmark's own clusters win: only p1 has one");
        assertTrue(explicit.clusters()[1] < 0);
    }
}
