/**
 * How much of a benchmark score is noise: sampling noise and paired comparisons (sin 1), prompt and seed
 * sensitivity (sin 1b), saturation (sin 7). Every statistic is a pure function over {@link
 * org.evalaudit.core.model.Results} or primitive arrays, with its formula and source in the Javadoc;
 * randomness (the bootstrap) takes a seed. The checks in the sub-packages wrap these functions for the
 * audit. Label noise lives in {@code org.evalaudit.noise.labels}.
 */
package org.evalaudit.noise;
