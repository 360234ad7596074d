package org.evalaudit.core.io;

/** The layout of a results file ({@code --results-format}). */
public enum ResultsFormat {
    /** Decide per file, see {@link ResultsReader#detect}. The default. */
    AUTO,
    /** One response per record: JSON Lines, JSON array, CSV or TSV. */
    LONG,
    /** lm-evaluation-harness {@code samples_<task>_<date>.jsonl}. */
    LM_EVAL,
    /** Inspect eval log, in JSON form or as an {@code .eval} archive. */
    INSPECT,
    /** One item per record, one score column per model (an item-by-model table). */
    WIDE
}
