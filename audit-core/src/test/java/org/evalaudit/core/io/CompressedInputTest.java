package org.evalaudit.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evalaudit.core.io.CompressedInput.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompressedInputTest {
    @TempDir
    Path dir;

    private static byte[] contents(Path file) throws IOException {
        try (InputStream in = CompressedInput.open(file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void gzipAndZstdDecompressToTheOriginalBytes() throws IOException {
        Path plain = Fixtures.path("benchmark/mmlu-style.jsonl");
        byte[] expected = Files.readAllBytes(plain);
        Path gz = Fixtures.gzip(plain, dir.resolve("items.jsonl.gz"));
        Path zst = Fixtures.zstd(plain, dir.resolve("items.jsonl.zst"));
        assertEquals(Compression.GZIP, CompressedInput.detect(gz));
        assertEquals(Compression.ZSTD, CompressedInput.detect(zst));
        assertEquals(Compression.NONE, CompressedInput.detect(plain));
        assertArrayEquals(expected, contents(gz));
        assertArrayEquals(expected, contents(zst));
        assertArrayEquals(expected, contents(plain));
    }

    @Test
    void filesWrittenByTheGzipAndZstdCommandLineToolsRead() throws IOException {
        assertArrayEquals(Files.readAllBytes(Fixtures.path("benchmark/mmlu-style.jsonl")),
                contents(Fixtures.path("benchmark/mmlu-style.jsonl.zst")));
        assertArrayEquals(Files.readAllBytes(Fixtures.path("results/humaneval-style.csv")),
                contents(Fixtures.path("results/humaneval-style.csv.gz")));
    }

    @Test
    void magicBytesWinOverAMisleadingName() throws IOException {
        Path plain = Fixtures.path("benchmark/gsm8k-style.jsonl");
        Path gzipNamedPlain = Fixtures.gzip(plain, dir.resolve("looks-plain.jsonl"));
        Path plainNamedZst = Files.copy(plain, dir.resolve("looks-compressed.jsonl.zst"));
        assertEquals(Compression.GZIP, CompressedInput.detect(gzipNamedPlain));
        assertEquals(Compression.NONE, CompressedInput.detect(plainNamedZst));
        assertArrayEquals(Files.readAllBytes(plain), contents(gzipNamedPlain));
        assertArrayEquals(Files.readAllBytes(plain), contents(plainNamedZst));
    }

    @ParameterizedTest
    @CsvSource({"tiny.gz, GZIP", "tiny.zst, ZSTD", "tiny.zstd, ZSTD", "tiny.txt, NONE"})
    void theExtensionDecidesOnlyWhenTheFileIsTooShortForMagicBytes(String name, Compression expected)
            throws IOException {
        Path tiny = Files.write(dir.resolve(name), new byte[] {'{', '}'});
        assertEquals(expected, CompressedInput.detect(tiny));
    }

    @Test
    void anEmptyFileIsEmptyWhateverItsName() throws IOException {
        assertEquals(0, contents(Files.write(dir.resolve("empty.jsonl.gz"), new byte[0])).length);
    }

    @ParameterizedTest
    @CsvSource({"items.jsonl.gz, items.jsonl", "items.jsonl.zst, items.jsonl", "items.csv.zstd, items.csv",
        "data.GZ, data", "items.jsonl, items.jsonl", ".gz, .gz"})
    void compressionSuffixesAreStrippedFromNames(String name, String expected) {
        assertEquals(expected, CompressedInput.stripCompressionSuffix(name));
    }
}
