package org.evalaudit.contamination.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.audit.Export;
import org.evalaudit.core.audit.Table;

/**
 * The outcome of a contamination scan (or index query): one result per benchmark item in benchmark
 * order, the documents with counted matches in corpus order, and the scan's statistics. Built from
 * evidence in any order: the same evidence always gives the same result and the same files.
 */
public record ScanResult(List<ItemResult> items, List<DocHit> docs, Preset preset, ScanStats stats) {
    public static final String ITEMS_FILE = "contamination-items.csv";
    public static final String DOCS_FILE = "contaminated-docs.jsonl";

    /** Judges every item of {@code index} from {@code evidence}. */
    public static ScanResult of(ItemIndex index, Collection<ItemDocMatch> evidence, Preset preset, ScanStats stats) {
        List<ItemDocMatch> sorted = new ArrayList<>(evidence);
        sorted.sort(Verdicts.MATCH_ORDER);
        Verdicts verdicts = new Verdicts(index, preset, Verdicts.stockPhraseKeys(sorted));
        List<Verdicts.Accumulator> accumulators = new ArrayList<>(index.size());
        for (int i = 0; i < index.size(); i++) {
            accumulators.add(verdicts.accumulator(i));
        }
        Map<String, DocGroup> docs = new LinkedHashMap<>();
        for (ItemDocMatch m : sorted) {
            accumulators.get(m.item()).add(m);
            if (m.counted() && !verdicts.stockPhrase(m)) {
                String key = m.doc().file() + '\u0000' + m.doc().offset() + '\u0000' + m.doc().id();
                docs.computeIfAbsent(key, k -> new DocGroup(m)).add(index.item(m.item()).id(), m.spanList());
            }
        }
        List<ItemResult> items = accumulators.stream().map(Verdicts.Accumulator::result).toList();
        return new ScanResult(items, docs.values().stream().map(DocGroup::hit).toList(), preset, stats);
    }

    /** Items judged dirty by the chosen preset. */
    public long dirtyItems() {
        return items.stream().filter(r -> r.verdict() == Verdict.DIRTY).count();
    }

    /**
     * {@code contamination-items.csv}: one row per item in benchmark order. {@code verdict} is "clean",
     * "partial", "question leaked" or "question and answer leaked" under the chosen preset;
     * {@code coverage} the largest share of the item one document holds; {@code first_doc_id},
     * {@code first_doc_url}, {@code offset} (char offset of the match in that document's text) and
     * {@code snippet} show the strongest evidence, first in corpus order; then one column per preset
     * (clean/partial/dirty), {@code longest_verbatim_tokens}, {@code discounted_docs} and
     * {@code discounted_snippet} (the first boilerplate-only match, not held against the item).
     */
    public Table itemsTable() {
        List<String> columns = new ArrayList<>(List.of("item_id", "verdict", "leaked_answer", "coverage",
                "longest_match_tokens", "matched_docs", "first_doc_id", "first_doc_url", "offset", "snippet"));
        for (Preset p : Preset.values()) {
            columns.add(p.label());
        }
        columns.add("longest_verbatim_tokens");
        columns.add("discounted_docs");
        columns.add("discounted_snippet");
        List<List<Object>> rows = new ArrayList<>();
        for (ItemResult r : items) {
            List<Object> row = new ArrayList<>();
            ItemDocMatch e = r.evidence();
            row.add(r.itemId());
            row.add(r.headline());
            row.add(r.leakedAnswer());
            row.add(Math.round(r.coverage() * 10000) / 10000.0);
            row.add(r.longestMatchTokens());
            row.add(r.matchedDocs());
            row.add(e == null ? null : e.doc().id());
            row.add(e == null ? null : e.doc().url());
            row.add(e == null ? null : e.start());
            row.add(e == null ? null : e.snippet());
            for (Preset p : Preset.values()) {
                row.add(r.presets().get(p).label());
            }
            row.add(r.longestVerbatimTokens());
            row.add(r.discountedDocs());
            row.add(r.discounted() == null ? null : r.discounted().snippet());
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /**
     * {@code contaminated-docs.jsonl}: one row per document with a counted match, in corpus order:
     * {@code file}, {@code doc_id}, {@code url}, {@code offset} (where the record starts in the file, see
     * {@link org.evalaudit.contamination.corpus.DocRef}), {@code items} (ids) and {@code spans}
     * ("start-end" char ranges of the matched text in the document), what is needed to drop or mask it.
     */
    public Table docsTable() {
        Table.Builder table = Table.of("file", "doc_id", "url", "offset", "items", "spans");
        for (DocHit d : docs) {
            table.row(d.file(), d.docId(), d.url(), d.offset(), d.items(), d.spans());
        }
        return table.build();
    }

    public List<Export> exports() {
        return List.of(new Export(ITEMS_FILE, itemsTable()), new Export(DOCS_FILE, docsTable()));
    }

    /** Matches of one document, merged over its windows. */
    private static final class DocGroup {
        private final ItemDocMatch first;
        private final TreeSet<String> items = new TreeSet<>();
        private final TreeMap<Integer, Integer> spans = new TreeMap<>();

        DocGroup(ItemDocMatch first) {
            this.first = first;
        }

        void add(String itemId, List<int[]> matchSpans) {
            items.add(itemId);
            for (int[] s : matchSpans) {
                spans.merge(s[0], s[1], Math::max);
            }
        }

        DocHit hit() {
            List<String> out = new ArrayList<>();
            spans.forEach((start, end) -> out.add(start + "-" + end));
            return new DocHit(first.doc().file(), first.doc().id(), first.doc().url(), first.doc().offset(),
                    List.copyOf(items), out);
        }
    }
}
