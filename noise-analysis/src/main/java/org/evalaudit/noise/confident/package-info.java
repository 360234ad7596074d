/**
 * Confident learning (Northcutt, Jiang and Chuang 2021): suspect gold labels found from the probabilities
 * models give each choice, when the results carry them (lm-evaluation-harness log-likelihoods, or a
 * {@code probs} / {@code logprobs} column). It complements the vote-based ranking of
 * {@code org.evalaudit.noise.labels}, which sees only each model's chosen answer.
 */
package org.evalaudit.noise.confident;
