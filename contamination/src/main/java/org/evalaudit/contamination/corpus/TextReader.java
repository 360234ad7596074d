package org.evalaudit.contamination.corpus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * A plain text file (plain, gzip or zstd) is one document, id = file name, read in windows of
 * {@link CorpusFormat#windowChars()} that overlap by {@link CorpusFormat#overlapChars()}, so a file of
 * any size takes one window of memory.
 */
final class TextReader {
    private final CorpusFormat format;

    TextReader(CorpusFormat format) {
        this.format = format;
    }

    void read(Path file, DocumentVisitor visitor, LongConsumer progress) throws IOException {
        char[] window = new char[format.windowChars()];
        DocRef ref = new DocRef(file.toString(), 0, file.getFileName().toString(), null, 0);
        try (Reader in = new InputStreamReader(Compression.open(file, progress), StandardCharsets.UTF_8)) {
            int filled = 0;
            int windowStart = 0;
            while (true) {
                int n = in.read(window, filled, window.length - filled);
                if (n > 0) {
                    filled += n;
                    if (filled < window.length) {
                        continue;
                    }
                }
                if (n < 0 || filled == window.length) {
                    boolean last = n < 0;
                    if (filled > 0 && (last || windowStart == 0 || filled > format.overlapChars())) {
                        visitor.document(ref.window(windowStart), window, 0, filled);
                    }
                    if (last) {
                        return;
                    }
                    int keep = format.overlapChars();
                    System.arraycopy(window, filled - keep, window, 0, keep);
                    windowStart += filled - keep;
                    filled = keep;
                }
            }
        }
    }
}
