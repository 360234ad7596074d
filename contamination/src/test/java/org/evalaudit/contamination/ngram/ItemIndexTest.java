package org.evalaudit.contamination.ngram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.contamination.text.TermHash;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class ItemIndexTest {
    private static final Item LONG = Item.of("a", "One two three four five six seven eight nine ten.",
            List.of("alpha beta", "gamma delta epsilon zeta eta theta iota kappa"), "B");
    private static final Item SHORT = Item.of("b", "Who composed the Moonlight Sonata?", List.of("Beethoven"), "A");
    private static final Item FREE = Item.of("c", "Tiny?", List.of(), "forty two and a bit more than that really");

    private final ItemIndex index = ItemIndex.build(new Benchmark("t", List.of(LONG, SHORT, FREE)), 0);

    private static long hash(List<String> tokens) {
        long[] terms = tokens.stream().mapToLong(TermHash::of).toArray();
        return NgramHash.of(terms, 0, terms.length);
    }

    @Test
    void everySeedIsIndexedForItsItem() {
        List<List<String>> seeds = ItemIndex.seeds(LONG);
        assertEquals(3 + 1, seeds.size(), "3 question 8-grams, 1 choice 8-gram");
        assertEquals(List.of("one", "two", "three", "four", "five", "six", "seven", "eight"), seeds.get(0));
        for (List<String> seed : seeds) {
            long range = index.table().range(hash(seed));
            assertTrue(range >= 0);
            assertEquals(0, Posting.item(index.table().posting((int) (range >>> 32))));
        }
        List<String> shortKey = ItemIndex.seeds(SHORT).get(0);
        assertEquals(List.of("who", "composed", "the", "moonlight", "sonata"), shortKey);
        assertTrue(index.shortTable().range(hash(shortKey)) >= 0);
        assertEquals(2, ItemIndex.seeds(FREE).size(), "the free-form answer (9 tokens) is a field of its own");
        assertEquals(1, index.text(2).answerField(), "question, then the answer");
    }

    @Test
    void reportsItsMemory() {
        long bytes = index.memoryBytes();
        assertTrue(bytes > index.bloom().memoryBytes() + index.table().memoryBytes(), "item tokens are counted too");
    }
}
