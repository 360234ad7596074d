package org.evalaudit.core.io;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** The reader fixtures under {@code src/test/resources/io} and helpers to compress them. */
final class Fixtures {
    private Fixtures() {
    }

    /** A fixture file, e.g. {@code benchmark/mmlu-style.jsonl}. */
    static Path path(String relative) {
        URL url = Fixtures.class.getResource("/io/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture io/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code source} gzip-compressed to {@code target}. */
    static Path gzip(Path source, Path target) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    /** Writes {@code source} zstd-compressed to {@code target}. */
    static Path zstd(Path source, Path target) throws IOException {
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }
}
