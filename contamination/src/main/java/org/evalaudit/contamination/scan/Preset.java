package org.evalaudit.contamination.scan;

import java.util.Arrays;
import java.util.Locale;

/**
 * The detection methods, all computed per item from the same evidence ({@link Verdicts} holds the
 * formulas and thresholds).
 */
public enum Preset {
    /** Any shared n-gram, n = item length clamped to [8, 13] (Brown et al. 2020, GPT-3, appendix C). */
    GPT3,
    /** At least 70 % of the item's 8-grams occur in the corpus (Chowdhery et al. 2022, PaLM, section 8). */
    PALM,
    /** One of three random 50-char letter substrings occurs (OpenAI 2023, GPT-4 report, appendix C). */
    GPT4,
    /** Share of tokens in 10+-token matches with up to 4 skips: clean < 20 %, dirty >= 80 % (Llama 2, A.6). */
    LLAMA2,
    /** Ours: coverage of the item in one document, across small edits; short items matched whole. */
    DEFAULT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The preset of a name ("gpt3", "default", ...), with a clear error listing the valid names. */
    public static Preset parse(String name) {
        for (Preset p : values()) {
            if (p.label().equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Preset::label).toList());
    }
}
