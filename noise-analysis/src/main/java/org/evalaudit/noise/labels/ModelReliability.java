package org.evalaudit.noise.labels;

/**
 * How far one model can be trusted as an annotator.
 *
 * @param model the model
 * @param accuracy estimated probability that it gives the true answer (one-coin Dawid-Skene; the gold is
 *     not used)
 * @param goldAgreement share of its answers that match the gold
 * @param weight its weight in the vote (mean 1 over the models)
 * @param votes items it gave a usable answer to
 */
public record ModelReliability(String model, double accuracy, double goldAgreement, double weight, double votes) {
}
