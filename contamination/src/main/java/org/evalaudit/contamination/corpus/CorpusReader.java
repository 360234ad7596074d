package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.io.InputError;

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
    public static List<Path> expand(List<String> specs) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (String spec : specs) {
            Path path = Path.of(spec);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(CorpusReader::supported).forEach(out::add);
                }
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else if (spec.contains("*") || spec.contains("?") || spec.contains("[")) {
                out.addAll(glob(spec));
            } else {
                throw new InputError(path, 0, null, "no such corpus file or folder");
            }
        }
        return new ArrayList<>(out);
    }

    private static List<Path> glob(String spec) throws IOException {
        int wild = firstWildcard(spec);
        int slash = spec.lastIndexOf('/', wild);
        Path root = slash < 0 ? Path.of("") : Path.of(spec.substring(0, slash + 1));
        String pattern = slash < 0 ? spec : spec.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(root.toString().isEmpty() ? Path.of(".") : root)) {
            Path base = root.toString().isEmpty() ? Path.of(".") : root;
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
                        .map(p -> root.toString().isEmpty() ? base.relativize(p) : p).forEach(out::add);
            }
        }
        if (out.isEmpty()) {
            throw new InputError(Path.of(spec), 0, null, "the glob matches no file");
        }
        return out;
    }

    private static int firstWildcard(String spec) {
        int best = spec.length();
        for (char c : new char[] {'*', '?', '['}) {
            int i = spec.indexOf(c);
            if (i >= 0) {
                best = Math.min(best, i);
            }
        }
        return best;
    }
}
