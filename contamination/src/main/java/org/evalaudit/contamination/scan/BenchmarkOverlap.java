package org.evalaudit.contamination.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * The scanner's machinery turned on benchmarks themselves: near-duplicates inside one benchmark (each
 * item's text scanned as a document against all items) and train/test overlap (each training item
 * scanned against the test items). A pair counts when one item's text would make the other dirty under
 * the default preset (at least half of it matched across small edits, or a short question matched whole),
 * so template phrases shared by many items never pair them.
 */
public final class BenchmarkOverlap {
    private BenchmarkOverlap() {
    }

    /** Near-duplicate pairs inside {@code benchmark}, each unordered pair once, in benchmark order. */
    public static List<DuplicatePair> within(Benchmark benchmark) {
        ItemIndex index = ItemIndex.build(benchmark, 0);
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        scan(index, benchmark, (doc, match, coverage) -> {
            int a = Math.min(doc, match.item());
            int b = Math.max(doc, match.item());
            if (a == b) {
                return;
            }
            String key = a + ":" + b;
            DuplicatePair pair = pair(index, benchmark.items().get(a), benchmark.items().get(b), match, coverage);
            pairs.merge(key, pair, (x, y) -> x.coverage() >= y.coverage() ? x : y);
        });
        return new ArrayList<>(new TreeMap<>(pairs.entrySet().stream().collect(Collectors.toMap(
                e -> order(e.getKey()), Map.Entry::getValue))).values());
    }

    /** Test items found in training items: {@code itemA} is the training item, {@code itemB} the test item. */
    public static List<DuplicatePair> between(Benchmark test, Benchmark train) {
        ItemIndex index = ItemIndex.build(test, 0);
        List<DuplicatePair> out = new ArrayList<>();
        scan(index, train, (doc, match, coverage) ->
                out.add(pair(index, train.items().get(doc), test.items().get(match.item()), match, coverage)));
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

    private static DuplicatePair pair(ItemIndex index, Item a, Item b, ItemDocMatch m, double coverage) {
        String goldA = a.goldText();
        String goldB = b.goldText();
        Boolean same = goldA == null || goldB == null ? null
                : CanonicalTokenizer.tokens(goldA).equals(CanonicalTokenizer.tokens(goldB));
        return new DuplicatePair(a.id(), b.id(), Math.round(coverage * 10000) / 10000.0, m.longestMatch(), same);
    }

    /** Sort key of a pair key "a:b": a, then b. */
    private static Long order(String key) {
        int colon = key.indexOf(':');
        return Long.parseLong(key.substring(0, colon)) << 32 | Long.parseLong(key.substring(colon + 1));
    }
}
