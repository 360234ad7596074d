package org.evalaudit.noise.labels;

/**
 * The fitted parameters of the label model, for the report's provenance.
 *
 * @param alphaTrue Dirichlet weight of the true answer in the vote model
 * @param alphaWrong Dirichlet weight of each wrong answer
 * @param alignedErrorRate wrong-gold rate outside corrupted stretches
 * @param corruptedErrorRate wrong-gold rate inside corrupted stretches
 * @param enterCorrupted probability that a corrupted stretch starts at the next item
 * @param exitCorrupted probability that a corrupted stretch ends at the next item
 */
public record LabelModelFit(double alphaTrue, double alphaWrong, double alignedErrorRate, double corruptedErrorRate,
                            double enterCorrupted, double exitCorrupted) {
}
