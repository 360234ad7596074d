package org.evalaudit.noise.checkpoints;

import java.util.Optional;

/**
 * A model that is one checkpoint of a training run. The convention is the model name {@code run@step}:
 * everything before the last {@code @} names the run, and what follows must be a whole number of steps
 * (digits only), e.g. {@code olmo-1b@20000}. Any other name is a final model, not a checkpoint.
 *
 * @param run the training run
 * @param step the training step
 */
public record Checkpoint(String run, long step) {

    /** The checkpoint a model name denotes, or empty for a final model. */
    public static Optional<Checkpoint> parse(String model) {
        int at = model.lastIndexOf('@');
        if (at <= 0 || at == model.length() - 1) {
            return Optional.empty();
        }
        String step = model.substring(at + 1);
        if (step.length() > 18 || !step.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(new Checkpoint(model.substring(0, at), Long.parseLong(step)));
    }
}
