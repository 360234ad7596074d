package org.evalaudit.contamination.index;

import org.evalaudit.contamination.corpus.CorpusFormat;

/**
 * How to build an index.
 *
 * @param threads indexing threads (at least 1); files are read by up to this many reader threads too
 * @param storeText whether to store document text (compressed), for snippets and exact re-checks;
 *     {@code --no-store-text} turns it off and makes the index about half the size
 * @param commitEveryChars commit after about this many chars of text: a crash loses about this much work
 *     at most (the indexing threads' buffers, one thread's share written since the last commit, and what
 *     was in flight), and the next run resumes from the last commit
 * @param ramBufferMb memory per indexing thread for documents inverted but not yet written, in MB: each
 *     thread writes a segment when its buffer is this full
 * @param format corpus field names and window sizes, as for {@code scan}: long documents are indexed in
 *     the same windows the scanner reads, so both see the same documents
 */
public record IndexBuildOptions(int threads, boolean storeText, long commitEveryChars, double ramBufferMb,
                                CorpusFormat format) {
    /** Default commit batch: 256 M chars of text. */
    public static final long DEFAULT_COMMIT_CHARS = 256L << 20;
    /** Per indexing thread; leaves room in a small heap. */
    public static final double DEFAULT_RAM_BUFFER_MB = 64;

    public IndexBuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (commitEveryChars < 1) {
            throw new IllegalArgumentException("commitEveryChars must be positive, got " + commitEveryChars);
        }
        if (!(ramBufferMb > 0)) {
            throw new IllegalArgumentException("ramBufferMb must be positive, got " + ramBufferMb);
        }
        if (format == null) {
            throw new IllegalArgumentException("format must not be null");
        }
    }

    /** Stored text, default commit batch, buffer and corpus format, {@code threads} threads. */
    public static IndexBuildOptions defaults(int threads) {
        return new IndexBuildOptions(threads, true, DEFAULT_COMMIT_CHARS, DEFAULT_RAM_BUFFER_MB, CorpusFormat.DEFAULT);
    }

    /** {@code --no-store-text} is {@code withStoreText(false)}. */
    public IndexBuildOptions withStoreText(boolean value) {
        return new IndexBuildOptions(threads, value, commitEveryChars, ramBufferMb, format);
    }

    public IndexBuildOptions withCommitEveryChars(long value) {
        return new IndexBuildOptions(threads, storeText, value, ramBufferMb, format);
    }

    /** {@code --text-field}, {@code --id-field}, {@code --url-field} go here. */
    public IndexBuildOptions withFormat(CorpusFormat value) {
        return new IndexBuildOptions(threads, storeText, commitEveryChars, ramBufferMb, value);
    }
}
