package org.evalaudit.noise.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemOrderTest {

    @ParameterizedTest
    @CsvSource({"1, 1000, 7", "2, 5000, 3000", "3, 20000, 100000", "4, 10, 1"})
    void sortsByItemAndKeepsInputOrderWithinAnItem(long seed, int n, int items) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] item = new int[n];
        int[] model = new int[n];
        int[] category = new int[n];
        for (int k = 0; k < n; k++) {
            item[k] = random.nextInt(items);
            model[k] = k;
            category[k] = random.nextInt(5);
        }
        Integer[] expected = new Integer[n];
        for (int k = 0; k < n; k++) {
            expected[k] = k;
        }
        int[] key = item.clone();
        Arrays.sort(expected, Comparator.<Integer>comparingInt(k -> key[k]).thenComparingInt(k -> k));
        int[] expectedCategory = Arrays.stream(expected).mapToInt(k -> category[k]).toArray();
        ItemOrder.sort(item, model, category, items);
        assertArrayEquals(Arrays.stream(expected).mapToInt(k -> key[k]).toArray(), item);
        assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), model);
        assertArrayEquals(expectedCategory, category);
    }
}
