package org.evalaudit.noise.labels.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderPermutationTest {
    private static final List<String> SUBJECTS = List.of("s0", "s1", "s2");
    private static final int PER_SUBJECT = 30;

    private static Benchmark benchmark() {
        List<Item> items = new ArrayList<>();
        for (String subject : SUBJECTS) {
            for (int i = 0; i < PER_SUBJECT; i++) {
                items.add(new Item(subject + "/" + i, "q", List.of("a", "b"), "A", null, null, subject, Map.of()));
            }
        }
        return new Benchmark("b", items);
    }

    private static List<String> ids(Benchmark benchmark, int from, int to) {
        return benchmark.items().subList(from, to).stream().map(Item::id).toList();
    }

    /** The null keeps every subject one block in its place with the same items; only the order inside moves. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shufflesOnlyWithinEachSubject(long seed) {
        Benchmark original = benchmark();
        Benchmark shuffled = OrderPermutation.shuffleWithinSubjects(original, seed, null);
        for (int s = 0; s < SUBJECTS.size(); s++) {
            int from = s * PER_SUBJECT;
            int to = from + PER_SUBJECT;
            List<String> before = ids(original, from, to);
            List<String> after = ids(shuffled, from, to);
            assertEquals(new HashSet<>(before), new HashSet<>(after));
            assertNotEquals(before, after, "30 items left in order: the subject was not shuffled");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void leavesTheNamedSubjectInItsOrder(long seed) {
        Benchmark original = benchmark();
        Benchmark shuffled = OrderPermutation.shuffleWithinSubjects(original, seed, "s1");
        assertEquals(ids(original, PER_SUBJECT, 2 * PER_SUBJECT), ids(shuffled, PER_SUBJECT, 2 * PER_SUBJECT));
        assertNotEquals(ids(original, 0, PER_SUBJECT), ids(shuffled, 0, PER_SUBJECT));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void isReproducibleFromItsSeed(long seed) {
        assertEquals(ids(OrderPermutation.shuffleWithinSubjects(benchmark(), seed, null), 0, 90),
                ids(OrderPermutation.shuffleWithinSubjects(benchmark(), seed, null), 0, 90));
    }
}
