package org.evalaudit.contamination.scan;

/**
 * Two items whose texts overlap enough to count as near-duplicates (or a test item found in a training
 * split).
 *
 * @param itemA the item whose text contains the other (in a self-scan, the earlier of the two)
 * @param itemB the other item
 * @param coverage share of itemB's question (or question and choices) matched in itemA's text
 * @param longestMatchTokens most tokens matched by one edit-tolerant alignment
 * @param sameGold whether their gold answers agree (same folded tokens); null when either has none
 */
public record DuplicatePair(String itemA, String itemB, double coverage, int longestMatchTokens, Boolean sameGold) {
}
