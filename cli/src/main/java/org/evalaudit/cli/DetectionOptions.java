package org.evalaudit.cli;

import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Option;

/** Detection settings shared by {@code scan} and {@code query}, so that both judge items alike. */
final class DetectionOptions {
    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "default",
            description = "Preset that sets each item's verdict: default, gpt3, palm, gpt4, llama2 "
                    + "(all presets are reported as columns; default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Seed of the gpt4 preset's random substrings (default: ${DEFAULT-VALUE}).")
    long seed;

    Map<String, String> options() {
        Map<String, String> options = new TreeMap<>();
        options.put("contamination.preset", preset);
        options.put("contamination.seed", Long.toString(seed));
        if (threads != null) {
            options.put("contamination.threads", Integer.toString(threads));
        }
        return options;
    }
}
