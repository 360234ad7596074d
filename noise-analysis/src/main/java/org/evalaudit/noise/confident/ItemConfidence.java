package org.evalaudit.noise.confident;

/**
 * One item under confident learning.
 *
 * @param itemId the item
 * @param given the gold choice (0 = A)
 * @param confident the choice the probabilities confidently put it in (above that class's threshold,
 *     highest probability among those), or -1 when no choice clears its threshold
 * @param selfConfidence the mean probability the models give the gold choice: low means suspect
 * @param margin the gold's probability minus the highest other choice's (negative: another choice wins)
 * @param responses how many responses with probabilities were averaged
 */
public record ItemConfidence(String itemId, int given, int confident, double selfConfidence, double margin,
                             int responses) {

    /** Whether the confident choice is another than the gold: a label issue. */
    public boolean isIssue() {
        return confident >= 0 && confident != given;
    }
}
