package org.evalaudit.contamination.corpus;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports bytes read from the file (before decompression) to a progress callback, in 1 MB steps. */
final class CountingInputStream extends FilterInputStream {
    private static final long STEP = 1 << 20;
    private final LongConsumer progress;
    private long pending;

    CountingInputStream(InputStream in, LongConsumer progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        pending += n;
        if (pending >= STEP) {
            progress.accept(pending);
            pending = 0;
        }
    }

    @Override
    public void close() throws IOException {
        if (pending > 0) {
            progress.accept(pending);
            pending = 0;
        }
        super.close();
    }
}
