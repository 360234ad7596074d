package org.evalaudit.contamination.scan;

import java.nio.file.Path;
import java.util.List;
import org.evalaudit.contamination.corpus.CorpusFormat;

/**
 * Options of {@code evalaudit contamination scan}.
 *
 * @param corpus corpus files, folders or globs
 * @param preset the preset that sets each item's headline verdict (all presets are reported)
 * @param threads scanning threads (readers run beside them, one per file being read)
 * @param checkpoint folder for the checkpoint of finished files, or null for none
 * @param resume reuse the finished files recorded in {@code checkpoint}; otherwise it is cleared first
 * @param format corpus field names and window sizes
 * @param seed seed of the gpt4 preset's substring draw
 */
public record ScanOptions(List<String> corpus, Preset preset, int threads, Path checkpoint, boolean resume,
                          CorpusFormat format, long seed) {
    public ScanOptions {
        corpus = List.copyOf(corpus);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Default preset, one thread per core, no checkpoint, default fields, seed 0. */
    public static ScanOptions of(List<String> corpus) {
        return new ScanOptions(corpus, Preset.DEFAULT, Runtime.getRuntime().availableProcessors(), null, false,
                CorpusFormat.DEFAULT, 0);
    }

    public ScanOptions withThreads(int n) {
        return new ScanOptions(corpus, preset, n, checkpoint, resume, format, seed);
    }

    public ScanOptions withPreset(Preset p) {
        return new ScanOptions(corpus, p, threads, checkpoint, resume, format, seed);
    }

    public ScanOptions withCheckpoint(Path dir, boolean resumeIt) {
        return new ScanOptions(corpus, preset, threads, dir, resumeIt, format, seed);
    }

    public ScanOptions withFormat(CorpusFormat f) {
        return new ScanOptions(corpus, preset, threads, checkpoint, resume, f, seed);
    }
}
