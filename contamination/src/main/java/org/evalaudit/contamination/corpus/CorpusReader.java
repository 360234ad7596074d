package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;
import org.evalaudit.core.io.InputPaths;

/**
 * Reads any supported corpus file, picking the format by extension: {@code .jsonl}/{@code .json}
 * (optionally {@code .gz}/{@code .zst}), {@code .txt} (same), {@code .parquet}, {@code .warc},
 * {@code .wet} (optionally {@code .gz}). One instance per thread.
 */
public final class CorpusReader {
    private final JsonlReader jsonl;
    private final TextReader text;
    private final WarcReader warc;
    private final ParquetReader parquet;
    private final BadRecords bad;

    /** A reader on which a bad record fails ({@code format} must say so). */
    public CorpusReader(CorpusFormat format) {
        this(format, failing(format));
    }

    /** A reader that hands bad records to {@code bad}, shared by the readers of one run. */
    public CorpusReader(CorpusFormat format, BadRecords bad) {
        this.jsonl = new JsonlReader(format);
        this.text = new TextReader(format);
        this.warc = new WarcReader(format);
        this.parquet = new ParquetReader(format);
        this.bad = bad;
    }

    /** A failing log, refusing a format that asks to skip: skipped records nobody counts would be lost. */
    static BadRecords failing(CorpusFormat format) {
        if (format.onError() != ErrorPolicy.FAIL) {
            throw new IllegalArgumentException("skipping bad records needs a BadRecords log that counts them");
        }
        return BadRecords.failing();
    }

    /** Whether a file name has a supported extension. */
    public static boolean supported(Path file) {
        String base = Compression.baseName(file);
        return base.endsWith(".jsonl") || base.endsWith(".json") || base.endsWith(".ndjson") || base.endsWith(".txt")
                || base.endsWith(".parquet") || base.endsWith(".warc") || base.endsWith(".wet");
    }

    /** Streams every document of {@code file}; {@code progress} receives (compressed) bytes read. */
    public void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        String base = Compression.baseName(file);
        if (base.endsWith(".warc") || base.endsWith(".wet")) {
            warc.read(file, visitor, progress);
        } else if (base.endsWith(".parquet")) {
            parquet.read(file, visitor, progress, bad);
        } else if (base.endsWith(".txt")) {
            text.read(file, visitor, progress);
        } else if (base.endsWith(".jsonl") || base.endsWith(".json") || base.endsWith(".ndjson")) {
            jsonl.read(file, visitor, progress, bad);
        } else {
            throw new InputError(file, 0, null, "unsupported corpus file type (expected .jsonl, .json, .txt, .parquet, "
                    + ".warc or .wet, optionally .gz or .zst)");
        }
    }

    /** Streams every document of {@code file} as a {@link Document} value (one String per document). */
    public void documents(Path file, Consumer<Document> each) throws IOException {
        read(file, (ref, text, from, length) -> each.accept(new Document(ref, new String(text, from, length))), n -> { });
    }

    /**
     * Expands files, folders (recursively, supported files only) and globs ({@code data/*.jsonl.zst})
     * into a sorted, duplicate-free list, so a scan's order never depends on the file system.
     */
    public static List<Path> expand(List<String> specs) {
        return InputPaths.expand(specs, CorpusReader::supported, "corpus");
    }
}
