package org.evalaudit.contamination.scan;

import java.util.*;
import org.evalaudit.contamination.corpus.DocRef;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.testing.DevData;
import com.fasterxml.jackson.databind.JsonNode;

public class DevProbe {
    public static void main(String[] a) {
        var bench = DevData.benchmark();
        long t0 = System.nanoTime();
        ItemIndex index = ItemIndex.build(bench, 1);
        System.out.println("index ms " + (System.nanoTime() - t0) / 1e6 + " mem " + index.memoryBytes());
        DocumentMatcher m = new DocumentMatcher(index);
        Map<String, List<ItemDocMatch>> byDoc = new HashMap<>();
        Verdicts v = new Verdicts(index, Preset.DEFAULT);
        DevData.forEachDoc(d -> {
            char[] text = d.get("text").asText().toCharArray();
            m.scan(new DocRef("c", 0, d.get("id").asText(), null, 0), text, 0, text.length,
                    x -> byDoc.computeIfAbsent(d.get("id").asText(), k -> new ArrayList<>()).add(x));
        });
        Map<String, JsonNode> planted = new HashMap<>();
        for (JsonNode p : DevData.jsonl("planted.jsonl")) planted.put(p.get("doc_id").asText(), p);
        for (var e : new TreeMap<>(byDoc).entrySet()) {
            JsonNode p = planted.get(e.getKey());
            for (ItemDocMatch x : e.getValue()) {
                String id = index.item(x.item()).id();
                boolean planted_ = p != null && id.equals(p.get("item_id").asText(""));
                System.out.printf("%s %s %s kind=%s counted=%s q=%d/%d c=%d long=%d verb=%d whole=%s ans=%s dirty=%s cov=%.2f%n",
                        planted_ ? "P" : "-", e.getKey(), id, p == null ? "none" : p.get("kind").asText(), x.counted(),
                        x.questionMatched(), index.text(x.item()).question().length, x.choiceMatched(), x.longestMatch(), x.longestVerbatim(),
                        x.wholeQuestion(), x.answerLeaked(), v.dirtyDocument(x), v.coverage(x));
            }
        }
    }
}
