package org.evalaudit.contamination.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * The scanner's machinery turned on benchmarks themselves: near-duplicates inside one benchmark (each
 * item's text scanned as a document against all items) and train/test overlap (each training item
 * scanned against the test items). A training item counts when its text would make the test item dirty
 * under the default preset (at least half of it matched across small edits, or a short question matched
 * whole), so template phrases shared by many items never pair them; two items of one benchmark must each
 * make the other dirty and repeat at least half of each other's choices.
 */
public final class BenchmarkOverlap {
    /** Two items of one benchmark pair only if at least this share of their choices have a counterpart. */
    public static final double SHARED_CHOICES = 0.5;

    private BenchmarkOverlap() {
    }

    /**
     * Near-duplicate pairs inside {@code benchmark}, each unordered pair once, in benchmark order. Unlike a
     * training item, a sibling item must repeat the other in both directions, choices included: items that
     * share a reading passage, or a stem such as "which of the following is true?", with other choices
     * ask different questions.
     */
    public static List<DuplicatePair> within(Benchmark benchmark) {
        ItemIndex index = ItemIndex.build(benchmark, 0);
        Map<Long, Directed> directed = new HashMap<>();
        scan(index, benchmark, (doc, match, coverage) -> {
            if (doc != match.item()) {
                directed.merge((long) doc << 32 | match.item(), new Directed(match.longestMatch(), coverage),
                        (x, y) -> x.coverage() >= y.coverage() ? x : y);
            }
        });
        Map<Long, DuplicatePair> pairs = new TreeMap<>();
        directed.forEach((key, forward) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            Directed backward = directed.get((long) b << 32 | a);
            Item itemA = benchmark.items().get(a);
            Item itemB = benchmark.items().get(b);
            if (a < b && backward != null && ItemComparison.sharedChoices(itemA, itemB) >= SHARED_CHOICES) {
                pairs.put(key, pair(itemA, itemB,
                        Math.max(forward.longestMatch(), backward.longestMatch()),
                        Math.min(forward.coverage(), backward.coverage())));
            }
        });
        return new ArrayList<>(pairs.values());
    }

    /** One direction of a pair: how much of the item the other item's text holds. */
    private record Directed(int longestMatch, double coverage) {
    }

    /** Test items found in training items: {@code itemA} is the training item, {@code itemB} the test item. */
    public static List<DuplicatePair> between(Benchmark test, Benchmark train) {
        ItemIndex index = ItemIndex.build(test, 0);
        List<DuplicatePair> out = new ArrayList<>();
        scan(index, train, (doc, match, coverage) ->
                out.add(pair(train.items().get(doc), test.items().get(match.item()), match.longestMatch(), coverage)));
        return out;
    }

    private interface PairSink {
        void pair(int doc, ItemDocMatch match, double coverage);
    }

    private static void scan(ItemIndex index, Benchmark docs, PairSink sink) {
        DocumentMatcher matcher = new DocumentMatcher(index);
        Verdicts verdicts = new Verdicts(index, Preset.DEFAULT);
        for (int d = 0; d < docs.size(); d++) {
            Item item = docs.items().get(d);
            StringBuilder text = new StringBuilder(item.question());
            item.choices().forEach(c -> text.append('\n').append(c));
            char[] chars = text.toString().toCharArray();
            int doc = d;
            matcher.scan(new DocRef("benchmark", d, item.id(), null, 0), chars, 0, chars.length, m -> {
                if (verdicts.dirtyDocument(m)) {
                    sink.pair(doc, m, verdicts.coverage(m));
                }
            });
        }
    }

    private static DuplicatePair pair(Item a, Item b, int longestMatch, double coverage) {
        return new DuplicatePair(a.id(), b.id(), Math.round(coverage * 10000) / 10000.0, longestMatch,
                ItemComparison.sameGold(a, b), ItemComparison.questionDifference(a, b));
    }
}
