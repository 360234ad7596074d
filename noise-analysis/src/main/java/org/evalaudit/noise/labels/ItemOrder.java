package org.evalaudit.noise.labels;

/**
 * Stable least-significant-digit radix sort of votes by item number, 11 bits per pass, moving the model
 * and category arrays along. Results usually come model by model, so grouping their votes by item is a
 * transpose; a radix sort does it with a few sequential passes instead of one cache miss per vote.
 */
final class ItemOrder {
    private static final int BITS = 11;

    private ItemOrder() {
    }

    /** Sorts the three parallel arrays by {@code item} (values in [0, items)), keeping input order within an item. */
    static void sort(int[] item, int[] model, int[] category, int items) {
        int n = item.length;
        if (n == 0 || items <= 1) {
            return;
        }
        int[] item2 = new int[n];
        int[] model2 = new int[n];
        int[] category2 = new int[n];
        int buckets = 1 << BITS;
        int[] count = new int[buckets + 1];
        int[][] src = {item, model, category};
        int[][] dst = {item2, model2, category2};
        for (int shift = 0; shift == 0 || (items - 1) >>> shift > 0; shift += BITS) {
            java.util.Arrays.fill(count, 0);
            int[] key = src[0];
            for (int k = 0; k < n; k++) {
                count[((key[k] >>> shift) & (buckets - 1)) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                count[b + 1] += count[b];
            }
            for (int k = 0; k < n; k++) {
                int at = count[(key[k] >>> shift) & (buckets - 1)]++;
                dst[0][at] = key[k];
                dst[1][at] = src[1][k];
                dst[2][at] = src[2][k];
            }
            int[][] swap = src;
            src = dst;
            dst = swap;
        }
        if (src[0] != item) {
            System.arraycopy(src[0], 0, item, 0, n);
            System.arraycopy(src[1], 0, model, 0, n);
            System.arraycopy(src[2], 0, category, 0, n);
        }
    }
}
