package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/** Small hand-made benchmarks for the label tests. */
final class Fixtures {
    static final List<String> ABCD = List.of("alpha", "beta", "gamma", "delta");

    private Fixtures() {
    }

    static Item item(String id, String gold, String subject) {
        return new Item(id, "Question " + id + "?", ABCD, gold, null, null, subject, Map.of());
    }

    /**
     * A benchmark of items q0..q(n-1) (gold "A", subject "s") answered by {@code models} models that all
     * give the gold, except where {@code answers} overrides: answers[i] is the list of answers of item i
     * (null = keep the default), one per model.
     */
    static Built unanimous(int n, int models) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(item("q" + i, "A", "s"));
        }
        return new Built(items, models);
    }

    /**
     * 200 items with gold A and 20 models: four in five items are easy (17 to 19 models give the gold, the
     * rest one other answer), one in five is hard (9 give the gold, 6 one distractor, 5 another).
     */
    static Built background() {
        Built built = unanimous(200, 20);
        for (int i = 0; i < 200; i++) {
            String other = String.valueOf("BCD".charAt(i % 3));
            if (i % 5 == 4) {
                built.votes(i, "A" + other + (other.equals("D") ? "B" : "D"), 9, 6, 5);
            } else {
                built.votes(i, "A" + other, 17 + i % 3, 3 - i % 3);
            }
        }
        return built;
    }

    /**
     * {@link #background()} with a corrupted stretch in subject s (every model rejects the gold of items
     * 40-51) and a wrong key in every second item of subject t (items 100-199): a run, and many wrong keys
     * that are not in runs.
     */
    static Built runAndScatteredWrongKeys() {
        Built built = background();
        for (int i = 100; i < 200; i++) {
            Item old = built.items.get(i);
            built.items.set(i, item(old.id(), old.gold(), "t"));
            if (i % 2 == 0) {
                built.votes(i, "B", 20);
            }
        }
        for (int i = 40; i < 52; i++) {
            built.votes(i, "C", 20);
        }
        return built;
    }

    /** Items and a mutable answer table, turned into a benchmark and results. */
    static final class Built {
        final List<Item> items;
        final String[][] answers;

        Built(List<Item> items, int models) {
            this.items = new ArrayList<>(items);
            this.answers = new String[items.size()][models];
            for (int i = 0; i < items.size(); i++) {
                for (int j = 0; j < models; j++) {
                    answers[i][j] = items.get(i).gold();
                }
            }
        }

        /**
         * Sets item i's answers: counts[0] models give letters[0], the next counts[1] letters[1], and so on;
         * the rest abstain. Models are taken in a rotating order that starts at model 7i, so that no model is
         * always the one that disagrees.
         */
        Built votes(int i, String letters, int... counts) {
            int models = answers[i].length;
            int start = (7 * i) % models;
            int j = 0;
            for (int k = 0; k < counts.length; k++) {
                for (int c = 0; c < counts[k]; c++) {
                    answers[i][(start + j++) % models] = String.valueOf(letters.charAt(k));
                }
            }
            while (j < models) {
                answers[i][(start + j++) % models] = null;
            }
            return this;
        }

        Built gold(int i, String gold) {
            items.set(i, items.get(i).withGold(gold));
            return this;
        }

        Benchmark benchmark() {
            return new Benchmark("fixture", items);
        }

        Results results() {
            Results.Builder b = Results.builder();
            for (int j = 0; j < answers[0].length; j++) {
                for (int i = 0; i < items.size(); i++) {
                    String a = answers[i][j];
                    b.add(items.get(i).id(), "m" + j, "", 0, a, a, a != null && a.equals(items.get(i).gold()) ? 1 : 0);
                }
            }
            return b.build();
        }
    }
}
