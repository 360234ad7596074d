/**
 * Sampling noise (sin 1, too few examples): per-model mean, standard errors and confidence intervals,
 * the split of variance when items are answered several times, paired comparisons of every pair of
 * models with adjusted p-values, a leaderboard with statistically tied groups, and the minimum
 * detectable effect. {@link org.evalaudit.noise.sampling.SamplingNoise#analyze} computes it all;
 * {@link org.evalaudit.noise.sampling.SamplingNoiseCheck} reports it.
 */
package org.evalaudit.noise.sampling;
