package org.evalaudit.noise.labels;

import org.evalaudit.core.audit.AuditOptions;

/**
 * Settings of the label analysis. {@link #defaults()} is the one method evalaudit runs; the signal switches
 * exist so that the evaluation bench can measure what each signal adds (an ablation), not for tuning.
 *
 * @param reliabilityWeights weight each model's vote by its Dawid-Skene reliability (default true)
 * @param keyStateModel pool evidence along the benchmark order with the corrupted-key model (default true)
 * @param duplicateConflicts treat copies of an item with different golds as having even prior odds of a
 *     wrong gold (default true: one of the keys is certainly wrong)
 * @param marginScale scale k of an item's own evidence, k times its weighted vote margin; NaN (the default)
 *     sets k to the vote model's evidence for a unanimous rejection, so that the margin spans the vote
 *     model's range; 0 uses the Dirichlet evidence itself (the method before the fifth session; for the bench)
 * @param subjectDifficulty fit the key-state model to vote evidence with each subject's own alpha_true,
 *     fitted without the gold (default false; a candidate the bench measures, see docs/bench-labels.md)
 * @param testStretches keep a corrupted stretch only when its likelihood gain is significant (default true;
 *     twelfth session)
 * @param verdictPosterior posterior probability of a wrong gold from which the gold is blamed
 *     ({@code labels.verdict-posterior}, default 0.5)
 * @param splitShare weighted vote share that each of two non-gold answers must reach for
 *     "no_valid_or_multiple" ({@code labels.split-share}, default 0.25)
 * @param shiftMinEvidence summed log-likelihood ratio (nats) of a key shift ({@code labels.shift-evidence},
 *     default ln 1000)
 * @param shiftMinLength minimum items of a key shift ({@code labels.shift-min-items}, default 3)
 * @param bootstrapResamples resamples of the error-rate interval ({@code labels.bootstrap}, default 2000)
 * @param seed bootstrap seed ({@code labels.seed}, default 20261127)
 */
public record LabelNoiseSettings(boolean reliabilityWeights, boolean keyStateModel, boolean duplicateConflicts,
                                 double marginScale, boolean subjectDifficulty, boolean testStretches,
                                 double verdictPosterior, double splitShare, double shiftMinEvidence, int shiftMinLength,
                                 int bootstrapResamples, long seed) {
    public static final String VERDICT_POSTERIOR = "labels.verdict-posterior";
    public static final String SPLIT_SHARE = "labels.split-share";
    public static final String SHIFT_EVIDENCE = "labels.shift-evidence";
    public static final String SHIFT_MIN_ITEMS = "labels.shift-min-items";
    public static final String BOOTSTRAP = "labels.bootstrap";
    public static final String SEED = "labels.seed";

    public LabelNoiseSettings {
        if (marginScale < 0) {
            throw new IllegalArgumentException("the margin scale must be NaN (automatic) or at least 0, got "
                    + marginScale);
        }
        if (!(verdictPosterior > 0 && verdictPosterior < 1)) {
            throw new IllegalArgumentException(VERDICT_POSTERIOR + " must be in (0, 1), got " + verdictPosterior);
        }
        if (!(splitShare > 0 && splitShare <= 0.5)) {
            throw new IllegalArgumentException(SPLIT_SHARE + " must be in (0, 0.5], got " + splitShare);
        }
        if (shiftMinLength < 2) {
            throw new IllegalArgumentException(SHIFT_MIN_ITEMS + " must be at least 2, got " + shiftMinLength);
        }
        if (bootstrapResamples < 100) {
            throw new IllegalArgumentException(BOOTSTRAP + " must be at least 100, got " + bootstrapResamples);
        }
    }

    public static LabelNoiseSettings defaults() {
        return new LabelNoiseSettings(true, true, true, Double.NaN, false, true, 0.5, 0.25,
                KeyShiftScan.DEFAULT_MIN_EVIDENCE, KeyShiftScan.DEFAULT_MIN_LENGTH, 2000, 20261127L);
    }

    /** The defaults with the thresholds the options override; the signals are always the defaults. */
    public static LabelNoiseSettings from(AuditOptions options) {
        LabelNoiseSettings d = defaults();
        return new LabelNoiseSettings(d.reliabilityWeights, d.keyStateModel, d.duplicateConflicts, d.marginScale,
                d.subjectDifficulty, d.testStretches,
                options.getDouble(VERDICT_POSTERIOR, d.verdictPosterior), options.getDouble(SPLIT_SHARE, d.splitShare),
                options.getDouble(SHIFT_EVIDENCE, d.shiftMinEvidence), options.getInt(SHIFT_MIN_ITEMS, d.shiftMinLength),
                options.getInt(BOOTSTRAP, d.bootstrapResamples), options.getLong(SEED, d.seed));
    }

    /** These settings with the signal switches replaced (for ablations). */
    public LabelNoiseSettings withSignals(boolean weights, boolean keyState, boolean duplicates) {
        return new LabelNoiseSettings(weights, keyState, duplicates, marginScale, subjectDifficulty, testStretches,
                verdictPosterior, splitShare, shiftMinEvidence, shiftMinLength, bootstrapResamples, seed);
    }

    /** These settings with another margin scale (for the bench's k family). */
    public LabelNoiseSettings withMarginScale(double k) {
        return new LabelNoiseSettings(reliabilityWeights, keyStateModel, duplicateConflicts, k, subjectDifficulty,
                testStretches, verdictPosterior, splitShare, shiftMinEvidence, shiftMinLength, bootstrapResamples, seed);
    }

    /** These settings with the key-state model fitted to per-subject vote evidence or not (for the bench). */
    public LabelNoiseSettings withSubjectDifficulty(boolean perSubject) {
        return new LabelNoiseSettings(reliabilityWeights, keyStateModel, duplicateConflicts, marginScale, perSubject,
                testStretches, verdictPosterior, splitShare, shiftMinEvidence, shiftMinLength, bootstrapResamples, seed);
    }

    /** These settings with the stretches' significance test on or off (for the bench). */
    public LabelNoiseSettings withStretchTest(boolean test) {
        return new LabelNoiseSettings(reliabilityWeights, keyStateModel, duplicateConflicts, marginScale,
                subjectDifficulty, test, verdictPosterior, splitShare, shiftMinEvidence, shiftMinLength,
                bootstrapResamples, seed);
    }
}
