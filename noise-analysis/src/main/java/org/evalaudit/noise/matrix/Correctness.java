package org.evalaudit.noise.matrix;

/**
 * When a per-item score counts as "solved": at or above one half. For 0/1 scores this is simply "right";
 * for a mean over several answers it is "right more often than not". Used by flip rates and saturation.
 */
public final class Correctness {
    public static final double THRESHOLD = 0.5;

    private Correctness() {
    }

    public static boolean isCorrect(double score) {
        return score >= THRESHOLD;
    }
}
