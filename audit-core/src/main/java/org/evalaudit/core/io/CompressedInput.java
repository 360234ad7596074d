package org.evalaudit.core.io;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a plain, gzip or zstd file as one decompressed byte stream. The codec is decided by the file's
 * magic bytes ({@code 1F 8B} gzip, {@code 28 B5 2F FD} zstd), so a misnamed file still reads; the
 * extension ({@code .gz}, {@code .gzip}, {@code .zst}, {@code .zstd}) decides only when the file is too
 * short to carry magic bytes. Streams are buffered; nothing is read into memory as a whole.
 */
public final class CompressedInput {
    private static final int BUFFER = 1 << 16;
    private static final int MAGIC_LENGTH = 4;

    /** The compression codecs recognised. */
    public enum Compression { NONE, GZIP, ZSTD }

    private CompressedInput() {
    }

    /** The decompressed contents of {@code file}; the caller closes the stream. */
    public static InputStream open(Path file) throws IOException {
        return open(Files.newInputStream(file), file);
    }

    /**
     * The decompressed contents of {@code in}, the raw bytes of {@code file} (whose name is the fallback
     * when the magic bytes say nothing): lets a caller count or throttle the bytes read from disk. The
     * caller closes the stream; {@code in} is closed here if decompression cannot start.
     */
    public static InputStream open(InputStream in, Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(in, BUFFER);
        try {
            return switch (detect(raw, file)) {
                case GZIP -> new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER);
                case ZSTD -> new BufferedInputStream(new ZstdInputStream(raw), BUFFER);
                case NONE -> raw;
            };
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** The codec of {@code file}, by magic bytes, else by extension. */
    public static Compression detect(Path file) throws IOException {
        try (BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), MAGIC_LENGTH)) {
            return detect(raw, file);
        }
    }

    /** The file name without a compression suffix: {@code items.jsonl.zst} -> {@code items.jsonl}. */
    public static String stripCompressionSuffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {".gz", ".gzip", ".zst", ".zstd"}) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return fileName.substring(0, fileName.length() - suffix.length());
            }
        }
        return fileName;
    }

    private static Compression detect(BufferedInputStream raw, Path file) throws IOException {
        raw.mark(MAGIC_LENGTH);
        byte[] magic = raw.readNBytes(MAGIC_LENGTH);
        raw.reset();
        if (magic.length >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
            return Compression.GZIP;
        }
        if (magic.length == MAGIC_LENGTH && (magic[0] & 0xFF) == 0x28 && (magic[1] & 0xFF) == 0xB5
                && (magic[2] & 0xFF) == 0x2F && (magic[3] & 0xFF) == 0xFD) {
            return Compression.ZSTD;
        }
        if (magic.length == 0 || magic.length == MAGIC_LENGTH) {
            return Compression.NONE;
        }
        return byExtension(file);
    }

    private static Compression byExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz") || name.endsWith(".gzip")) {
            return Compression.GZIP;
        }
        if (name.endsWith(".zst") || name.endsWith(".zstd")) {
            return Compression.ZSTD;
        }
        return Compression.NONE;
    }
}
