package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.contamination.testing.DevData;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class BenchmarkOverlapTest {

    @Test
    void findsTestItemsInATrainingSplitEvenReworded() {
        Benchmark test = new Benchmark("test", List.of(
                Item.of("t1", "Which planet in the solar system has the longest day measured in Earth hours?",
                        List.of("Venus", "Mars"), "A"),
                Item.of("t2", "What is the chemical symbol of the element with atomic number seventy nine?",
                        List.of("Au", "Ag"), "A")));
        Benchmark train = new Benchmark("train", List.of(
                Item.of("r1", "Which planet of the solar system has the longest day measured in Earth hours?",
                        List.of("Venus", "Jupiter"), "B"),
                Item.of("r2", "Name a noble gas that glows orange in discharge tubes used for signs.", List.of(), "neon")));
        List<DuplicatePair> pairs = BenchmarkOverlap.between(test, train);
        assertEquals(1, pairs.size());
        DuplicatePair p = pairs.get(0);
        assertEquals("r1", p.itemA());
        assertEquals("t1", p.itemB());
        assertTrue(p.coverage() > 0.9);
        assertEquals(false, p.sameGold(), "Jupiter is not Venus");
    }

    @Test
    void devBenchmarkAgainstItselfPairsOnlyRealRepeats() {
        Benchmark dev = DevData.benchmark();
        List<DuplicatePair> pairs = BenchmarkOverlap.within(dev);
        System.out.println("near-duplicate pairs in mmlu-redux-dev: " + pairs.size());
        for (DuplicatePair p : pairs) {
            Item a = dev.item(p.itemA()).orElseThrow();
            Item b = dev.item(p.itemB()).orElseThrow();
            System.out.println("  " + p);
            assertTrue(p.coverage() >= Verdicts.DIRTY_COVERAGE);
            assertTrue(!a.id().equals(b.id()));
        }
        assertEquals(pairs.size(), pairs.stream().map(p -> p.itemA() + p.itemB()).distinct().count());
    }
}
