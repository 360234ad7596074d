package org.evalaudit.noise.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
    private static Item item(String id, String question, List<String> choices, String gold) {
        return new Item(id, question, choices, gold, null, null, null, Map.of());
    }

    @Test
    void pairsLaterCopiesWithTheFirstAndComparesGolds() {
        List<String> choices = List.of("red", "green", "blue");
        Benchmark benchmark = new Benchmark("b", List.of(
                item("a", "Which colour is grass?", choices, "B"),
                item("b", "which  colour is GRASS?", List.of("Red", "green ", "blue"), "B"),
                item("c", "Which colour is grass?", choices, "C"),
                item("d", "Which colour is grass?", List.of("green", "red", "blue"), "A"),
                item("e", "Which colour is the sky?", choices, "C"),
                item("a", "Which colour is grass?", choices, "A")));
        List<DuplicatePair> pairs = Duplicates.find(benchmark);
        assertEquals(List.of(
                new DuplicatePair("a", "b", "green", "green", true),
                new DuplicatePair("a", "c", "green", "blue", false)), pairs,
                "other choice order is not an exact duplicate; a repeated id is one item");
    }

    @Test
    void freeFormGoldsAreComparedAsText() {
        Benchmark benchmark = new Benchmark("b", List.of(item("x", "2+2?", List.of(), "4"), item("y", "2+2?", List.of(), " 4")));
        assertEquals(List.of(new DuplicatePair("x", "y", "4", "4", true)), Duplicates.find(benchmark));
    }
}
