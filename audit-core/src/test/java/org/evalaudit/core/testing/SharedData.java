package org.evalaudit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real-data folder ({@code ../shared/data} beside the repository) for tests. CI has
 * it; a user's clone may not, and then tests that need it are reported as skipped with the reason,
 * never passed silently. The folder is found by the {@code evalaudit.shared.data} system property, the
 * {@code EVALAUDIT_SHARED_DATA} environment variable, or by walking up from the working directory
 * looking for {@code shared/data/README.md}.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The shared data folder, or null when absent. */
    public static Path rootOrNull() {
        String configured = System.getProperty("evalaudit.shared.data", System.getenv("EVALAUDIT_SHARED_DATA"));
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return candidate.normalize();
            }
        }
        return null;
    }

    /**
     * A file or folder inside the shared data; skips the calling test (JUnit assumption) when the
     * shared data folder or that path is absent.
     */
    public static Path require(String relative) {
        Path root = rootOrNull();
        assumeTrue(root != null, "../shared/data is absent (a user's clone): test needs real data, skipped");
        Path path = root.resolve(relative);
        assumeTrue(Files.exists(path), "shared data file " + path + " is absent: skipped");
        return path;
    }
}
