package org.evalaudit.core.model;

/**
 * One model's response to one item under one template and sample: a view of one row of {@link Results}.
 *
 * @param itemId item id
 * @param model model name
 * @param template prompt template name ("" when the results carry none)
 * @param sample sample index (0 when the results carry none)
 * @param response raw model output, or null when not given
 * @param answer extracted answer; null is an abstention (unparseable output)
 * @param score the score in [0, 1]: given in the input, or derived from answer vs gold
 */
public record Response(String itemId, String model, String template, int sample, String response,
                       String answer, double score) {

    /** A null answer; meaningful only when the results carry answers ({@link Results#hasAnswers()}). */
    public boolean isAbstention() {
        return answer == null;
    }
}
