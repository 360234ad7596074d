/**
 * Label noise (sin 2): which gold answers are wrong. Models are treated as annotators; a Dirichlet vote
 * model turns each item's answers into evidence against its gold, and a hidden Markov model of the answer
 * key pools the evidence of neighbouring items, so corrupted and shifted stretches of a key stand out (a
 * stretch must clear a likelihood bar of log n nats, so chance runs of hard items do not, and gets a
 * permutation p-value that tells a run of wrong keys from many scattered ones). The
 * list is ordered with each item's weighted vote margin, scaled to the vote model's range, as its own
 * evidence (the Dirichlet evidence saturates); the vote model's posterior gives the probabilities, verdicts
 * and the error rate.
 * {@link org.evalaudit.noise.labels.LabelNoise#analyze} is the entry point; {@link
 * org.evalaudit.noise.labels.SuspectLabelsCheck} reports it; {@link
 * org.evalaudit.noise.labels.LabelNoiseResult#estimatedErrorRate()} feeds the saturation ceiling.
 */
package org.evalaudit.noise.labels;
