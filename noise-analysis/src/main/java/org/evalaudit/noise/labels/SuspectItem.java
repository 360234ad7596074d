package org.evalaudit.noise.labels;

import java.util.List;

/**
 * One item of the suspect-label ranking.
 *
 * @param rank 1 for the most suspect item
 * @param itemId the item
 * @param suspicion the ranking score: posterior log-odds that the gold is wrong (natural log) with the item's
 *     scaled vote margin as its own evidence (see {@link LabelNoise}); null when the item has no usable gold
 *     (missing, or not among the choices), which ranks first
 * @param probabilityWrong posterior probability that the gold is wrong under the Dirichlet vote model and the
 *     key-state model (1 without a usable gold): the probability the verdict and the label-error rate use.
 *     The two differ where the models split: no vote for the gold makes a wrong gold likely whether the other
 *     votes agree or split, but the unanimous rejection ranks first
 * @param verdict what the analysis concludes
 * @param gold the gold answer as a choice letter or normalised free-form answer, or null when missing
 * @param suggestedAnswer the answer to use instead (the gold itself when the verdict keeps it), or null
 * @param support how many models give the suggested answer
 * @param models those models, most reliable first
 * @param voters how many models gave a usable answer
 * @param discrimination item-rest point-biserial correlation of agreeing with the gold, or null
 * @param explanation one line saying why, in words
 */
public record SuspectItem(int rank, String itemId, Double suspicion, double probabilityWrong, Verdict verdict,
                          String gold, String suggestedAnswer, int support, List<String> models, int voters,
                          Double discrimination, String explanation) {
    public SuspectItem {
        models = List.copyOf(models);
    }
}
