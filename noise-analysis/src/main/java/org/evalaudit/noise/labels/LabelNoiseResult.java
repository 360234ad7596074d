package org.evalaudit.noise.labels;

import java.util.List;

/**
 * The label analysis of one benchmark: every judged item ranked most suspect first, the estimated
 * label-error rate, the models' reliabilities and the stretches where the key looks damaged. Shared through
 * {@code AuditContext.shared(LabelNoiseResult.class, ...)} (see {@link LabelNoise#shared}) so that the
 * saturation check reads its ceiling, 1 - {@link #estimatedErrorRate()}, from the same analysis.
 *
 * @param ranking every item with at least one response, most suspect first
 * @param errorRate estimated share of wrong golds with its interval
 * @param models per-model reliabilities, in results order
 * @param keyRuns corrupted or shifted stretches of the key, in benchmark order
 * @param fit fitted parameters of the label model
 * @param subjects the estimated rate per subject, in benchmark order (one entry when items have no subject)
 */
public record LabelNoiseResult(List<SuspectItem> ranking, ErrorRate errorRate, List<ModelReliability> models,
                               List<KeyRun> keyRuns, LabelModelFit fit, List<SubjectErrorRate> subjects) {
    public LabelNoiseResult {
        ranking = List.copyOf(ranking);
        models = List.copyOf(models);
        keyRuns = List.copyOf(keyRuns);
        subjects = List.copyOf(subjects);
    }

    /** The estimated share of items whose gold is wrong (the point estimate of {@link #errorRate()}). */
    public double estimatedErrorRate() {
        return errorRate.rate();
    }

    /** Items whose verdict blames the key (gold wrong, no valid or several answers, key shift), in rank order. */
    public List<SuspectItem> suspects() {
        return ranking.stream().filter(item -> item.verdict().blamesKey()).toList();
    }

    /** Number of items with this verdict. */
    public long count(Verdict verdict) {
        return ranking.stream().filter(item -> item.verdict() == verdict).count();
    }
}
