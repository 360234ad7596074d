package org.evalaudit.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line (files, folders, globs such as {@code 'out/*.jsonl'}) into
 * a sorted, duplicate-free list of files, so a run's order never depends on the file system. A folder
 * gives the files under it (recursively) that {@code wanted} accepts; a named file is always taken.
 */
public final class InputPaths {
    private InputPaths() {
    }

    /**
     * @param specs files, folders or globs
     * @param wanted which files of a folder or glob to take
     * @param what what the inputs are, for the error when a name matches nothing ("corpus", "results")
     */
    public static List<Path> expand(List<String> specs, Predicate<Path> wanted, String what) {
        TreeSet<Path> out = new TreeSet<>();
        try {
            for (String spec : specs) {
                Path path = Path.of(spec);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        walk.filter(Files::isRegularFile).filter(wanted).forEach(out::add);
                    }
                } else if (Files.isRegularFile(path)) {
                    out.add(path);
                } else if (spec.contains("*") || spec.contains("?") || spec.contains("[")) {
                    out.addAll(glob(spec, wanted));
                } else {
                    throw new InputError(path, 0, null, "no such " + what + " file or folder");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputError(Path.of(String.join(" ", specs)), 0, null, "cannot list the " + what + " files: " + e, e);
        }
        return new ArrayList<>(out);
    }

    private static List<Path> glob(String spec, Predicate<Path> wanted) throws IOException {
        int wild = firstWildcard(spec);
        int slash = spec.lastIndexOf('/', wild);
        Path root = slash < 0 ? Path.of("") : Path.of(spec.substring(0, slash + 1));
        String pattern = slash < 0 ? spec : spec.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> out = new ArrayList<>();
        Path base = root.toString().isEmpty() ? Path.of(".") : root;
        if (Files.isDirectory(base)) {
            try (Stream<Path> walk = Files.walk(base)) {
                walk.filter(Files::isRegularFile).filter(p -> matcher.matches(base.relativize(p)))
                        .map(p -> root.toString().isEmpty() ? base.relativize(p) : p).filter(wanted).forEach(out::add);
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
