package org.evalaudit.noise.labels;

/**
 * One subject's share of wrong golds, estimated like the benchmark's ({@link ErrorRate}: the mean posterior
 * probability of a wrong gold over its answered items). Wrong keys cluster by subject (MMLU-Redux found
 * more than half of one MMLU subject's items flawed and none in others), so a maintainer reads this first
 * to know where to look.
 *
 * @param subject the items' subject ("(no subject)" for items without one)
 * @param items its answered items
 * @param estimatedWrong the sum of their probabilities of a wrong gold: the expected number of wrong golds
 * @param flagged its items whose verdict blames the key
 */
public record SubjectErrorRate(String subject, int items, double estimatedWrong, long flagged) {

    /** The estimated share of the subject's items whose gold is wrong. */
    public double rate() {
        return items == 0 ? 0 : estimatedWrong / items;
    }
}
