package org.evalaudit.core.audit;

/**
 * An item a finding points at, for {@code flagged-items.csv} and the report's item lists.
 *
 * @param itemId the item
 * @param score how strongly it is flagged (check-specific; higher is worse), or null
 * @param reason one line saying why
 */
public record FlaggedItem(String itemId, Double score, String reason) {
}
