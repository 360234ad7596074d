package org.evalaudit.contamination.scan;

/**
 * Two items whose texts overlap enough to count as near-duplicates (or a test item found in a training
 * split).
 *
 * @param itemA the item whose text contains the other (in a self-scan, the earlier of the two)
 * @param itemB the other item
 * @param coverage share of itemB's question (or question and choices) matched in itemA's text; for two
 *     items of one benchmark, the smaller of that and the share of itemA matched in itemB
 * @param longestMatchTokens most tokens matched by one edit-tolerant alignment (either direction)
 * @param sameGold whether their gold answers name the same answer ({@link ItemComparison#sameGold}); null
 *     when either has none
 * @param questionDifference the words in which the questions differ ({@link ItemComparison#questionDifference}),
 *     empty when they ask in the same words
 */
public record DuplicatePair(String itemA, String itemB, double coverage, int longestMatchTokens, Boolean sameGold,
                            String questionDifference) {

    /** Whether the two questions have the same words, so differing golds mean a wrong key or an ambiguous item. */
    public boolean sameQuestion() {
        return questionDifference.isEmpty();
    }
}
