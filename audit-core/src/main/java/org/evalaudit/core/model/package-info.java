/**
 * Immutable data: benchmark items, model responses (stored column-wise in {@link
 * org.evalaudit.core.model.Results} so that millions of responses cost primitive arrays, not objects),
 * model metadata and the optional benchmark card.
 */
package org.evalaudit.core.model;
