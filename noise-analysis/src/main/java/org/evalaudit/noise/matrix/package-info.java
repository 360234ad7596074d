/**
 * Dense primitive views of {@link org.evalaudit.core.model.Results} that every noise statistic reads:
 * per-(model, item) mean scores with their within-item variance, and per-(model, condition, item) scores
 * for templates or samples. Built in one pass over the results; memory is a few numbers per response.
 */
package org.evalaudit.noise.matrix;
