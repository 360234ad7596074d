package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evalaudit.contamination.scan.DocHit;
import org.evalaudit.contamination.scan.ItemResult;
import org.evalaudit.contamination.scan.ScanResult;

/**
 * Asserts that two results judge every item alike: verdicts under every preset, answer leak, coverage,
 * longest match and verbatim run, matched and discounted documents, the evidence document, and the
 * contaminated documents with their items. Char offsets, spans and snippets are left out: an index
 * without stored text cannot know them.
 */
final class SameJudgement {
    private SameJudgement() {
    }

    static void assertSameJudgement(ScanResult expected, ScanResult actual) {
        assertEquals(expected.items().size(), actual.items().size());
        for (int i = 0; i < expected.items().size(); i++) {
            ItemResult e = expected.items().get(i);
            ItemResult a = actual.items().get(i);
            String id = e.itemId();
            assertEquals(id, a.itemId());
            assertEquals(e.verdict(), a.verdict(), id);
            assertEquals(e.presets(), a.presets(), id);
            assertEquals(e.leakedAnswer(), a.leakedAnswer(), id);
            assertEquals(e.coverage(), a.coverage(), id);
            assertEquals(e.longestMatchTokens(), a.longestMatchTokens(), id);
            assertEquals(e.longestVerbatimTokens(), a.longestVerbatimTokens(), id);
            assertEquals(e.matchedDocs(), a.matchedDocs(), id);
            assertEquals(e.discountedDocs(), a.discountedDocs(), id);
            assertEquals(e.evidence() == null ? null : e.evidence().doc(), a.evidence() == null ? null : a.evidence().doc(), id);
        }
        assertEquals(withoutSpans(expected.docs()), withoutSpans(actual.docs()));
    }

    private static List<DocHit> withoutSpans(List<DocHit> docs) {
        return docs.stream().map(d -> new DocHit(d.file(), d.docId(), d.url(), d.offset(), d.items(), List.of())).toList();
    }
}
