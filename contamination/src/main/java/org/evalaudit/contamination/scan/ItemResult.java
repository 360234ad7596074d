package org.evalaudit.contamination.scan;

import java.util.Map;

/**
 * One item's contamination result: the verdict of the chosen preset, whether the answer leaked, the
 * strongest evidence, and every preset's verdict.
 *
 * @param itemId the item
 * @param verdict verdict of the chosen preset
 * @param leakedAnswer a document that contains the item under the chosen preset also gives its answer
 * @param coverage largest share of the item (question, or question and choices) matched in one document
 * @param longestMatchTokens most item tokens matched by one edit-tolerant alignment
 * @param longestVerbatimTokens longest verbatim run shared with a document
 * @param matchedDocs documents with a counted match
 * @param discountedDocs documents whose only match is boilerplate (counted but not held against the item)
 * @param evidence the first document (in corpus order) with the strongest match, or null when clean
 * @param discounted the first discounted (boilerplate-only) match in corpus order, or null: what was not
 *     held against the item
 * @param presets every preset's verdict
 */
public record ItemResult(String itemId, Verdict verdict, boolean leakedAnswer, double coverage,
                         int longestMatchTokens, int longestVerbatimTokens, int matchedDocs, int discountedDocs,
                         ItemDocMatch evidence, ItemDocMatch discounted, Map<Preset, Verdict> presets) {

    /** "clean", "partial", "question leaked" or "question and answer leaked". */
    public String headline() {
        return switch (verdict) {
            case CLEAN -> "clean";
            case PARTIAL -> "partial";
            case DIRTY -> leakedAnswer ? "question and answer leaked" : "question leaked";
        };
    }
}
