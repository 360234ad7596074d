package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.evalaudit.core.io.CompressedInput;

/**
 * Opens a corpus file, decompressing gzip and zstd as audit-core's {@link CompressedInput} detects them
 * (magic bytes, else extension), while counting the bytes read from disk for the progress bar.
 */
public final class Compression {
    private Compression() {
    }

    /** The lower-case file name without a compression suffix ("a.jsonl.zst" gives "a.jsonl"). */
    public static String baseName(Path file) {
        return CompressedInput.stripCompressionSuffix(file.getFileName().toString()).toLowerCase(Locale.ROOT);
    }

    /** The decompressed bytes of {@code file}; {@code progress} receives compressed bytes read. */
    public static InputStream open(Path file, LongConsumer progress) throws IOException {
        return CompressedInput.open(new CountingInputStream(Files.newInputStream(file), progress), file);
    }
}
