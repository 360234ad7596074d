package org.evalaudit.contamination.corpus;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

/** Opens a file, decompressing {@code .gz} and {@code .zst}/{@code .zstd} by extension. */
public final class Compression {
    private static final int BUFFER = 1 << 16;

    private Compression() {
    }

    /** The file name without a compression extension ("a.jsonl.zst" gives "a.jsonl"). */
    public static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".gz", ".zst", ".zstd"}) {
            if (name.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** The decompressed bytes of {@code file}; {@code progress} receives compressed bytes read. */
    public static InputStream open(Path file, LongConsumer progress) throws IOException {
        InputStream raw = new CountingInputStream(Files.newInputStream(file), progress);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
        }
        if (name.endsWith(".zst") || name.endsWith(".zstd")) {
            return new BufferedInputStream(new ZstdInputStream(raw), BUFFER);
        }
        return new BufferedInputStream(raw, BUFFER);
    }
}
