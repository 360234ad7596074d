package org.evalaudit.noise.checkpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignalToNoiseTest {

    @Test
    void checkpointsAreNamedRunAtStep() {
        assertEquals(Optional.of(new Checkpoint("olmo-1b", 20000)), Checkpoint.parse("olmo-1b@20000"));
        assertEquals(Optional.of(new Checkpoint("a@b", 7)), Checkpoint.parse("a@b@7"));
        assertEquals(Optional.empty(), Checkpoint.parse("gpt@4o"));
        assertEquals(Optional.empty(), Checkpoint.parse("@5"));
        assertEquals(Optional.empty(), Checkpoint.parse("model@"));
        assertEquals(Optional.empty(), Checkpoint.parse("claude-3-opus"));
    }

    /**
     * Hand-computed: run checkpoints 0.50, 0.52, 0.48, 0.50 at steps 100..400; the last three have mean 0.5
     * and SD 0.02, relative 0.04. Final models: the run (0.50), x (0.60), y (0.40): signal = 0.2 / 0.5 = 0.4.
     * SNR = 0.4 / 0.04 = 10.
     */
    @Test
    void signalNoiseAndRatio() {
        List<String> models = List.of("run@300", "x", "run@100", "run@400", "y", "run@200");
        double[] scores = {0.48, 0.60, 0.50, 0.50, 0.40, 0.52};
        SignalToNoise.Report r = SignalToNoise.analyze(models, scores, 3).orElseThrow();
        assertEquals(0.4, r.signal(), 1e-12);
        assertEquals(0.04, r.noise(), 1e-12);
        assertEquals(10.0, r.snr(), 1e-9);
        assertEquals(3, r.finalModels());
        assertEquals(List.of(new SignalToNoise.RunNoise("run", 3, 0.5, 0.02)).size(), r.runs().size());
        assertEquals(0.02, r.runs().get(0).sd(), 1e-12);
    }

    @Test
    void withoutARunOfTwoCheckpointsThereIsNoRatio() {
        assertTrue(SignalToNoise.analyze(List.of("a", "b", "c@1"), new double[] {0.1, 0.2, 0.3}, 5).isEmpty());
        assertTrue(SignalToNoise.analyze(List.of("c@1", "c@2"), new double[] {0.1, 0.2}, 5).isEmpty(),
                "one final model has no spread to compare with");
    }
}
