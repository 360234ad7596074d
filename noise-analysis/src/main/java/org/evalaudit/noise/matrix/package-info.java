/**
 * Dense primitive views of {@link org.evalaudit.core.model.Results} that every noise statistic reads:
 * per-(model, item) mean scores with their within-item variance, and per-(model, condition, item) scores
 * for templates or samples. Built in one pass over the results; memory is a few numbers per response.
 * Items carry the benchmark's clusters, or, when it names none, the passages several questions open with
 * ({@link org.evalaudit.noise.matrix.PassageClusters}).
 */
package org.evalaudit.noise.matrix;
