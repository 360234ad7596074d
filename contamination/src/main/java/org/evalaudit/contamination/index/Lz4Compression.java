package org.evalaudit.contamination.index;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;

/**
 * Stored-text compression of {@link CorpusCodec}: plain LZ4 blocks (the standard block format), read back by
 * Lucene's own LZ4 decoder ({@link CompressionMode#FAST}'s), written by a compressor of our own because
 * Lucene's ({@code LZ4.compress}, with or without a preset dictionary) takes about twice the CPU on corpus
 * text (docs/bench-indexfast.md, seventh session). This one differs in: a plain {@code int[]} table of 2^14
 * slots, cleared for each chunk; matches extended backwards too, and forwards eight bytes at a time; the
 * reference LZ4's skip-ahead through stretches without matches; the block built in a {@code byte[]} and
 * written out once instead of token by token to a {@code DataOutput}. Which of these pays most was not
 * measured apart. Only the writer is ours: a segment's text is decoded by Lucene whatever wrote it, so a
 * compressor bug could not make a valid index unreadable, and one making wrong blocks is what
 * {@code CorpusCodecTest} checks.
 */
final class Lz4Compression extends CompressionMode {
    /** One instance: Lucene's stored-fields merge copies chunks unchanged only when the mode is the same object. */
    static final Lz4Compression INSTANCE = new Lz4Compression();

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MIN_MATCH = 4;
    /** The format's end rules: the last 5 bytes are literals and no match starts in the last 12. */
    private static final int LAST_LITERALS = 5;
    private static final int MATCH_START_LIMIT = 12;
    private static final int MAX_DISTANCE = 65_535;
    /** 2^14 table slots: a 64 KB table, in cache, with fewer lost matches than 2^12 (dev text 0.652 of its size against 0.678). */
    private static final int HASH_LOG = 14;
    /** After 2^6 positions without a match the search step grows by one, as in the reference LZ4. */
    private static final int SKIP_TRIGGER = 6;

    private Lz4Compression() {
    }

    @Override
    public Compressor newCompressor() {
        return new Lz4Compressor();
    }

    @Override
    public Decompressor newDecompressor() {
        return CompressionMode.FAST.newDecompressor();
    }

    @Override
    public String toString() {
        return "evalaudit-LZ4";
    }

    /** Compresses one chunk at a time; the buffers and the table are reused across a writer's chunks. */
    static final class Lz4Compressor extends Compressor {
        private final int[] table = new int[1 << HASH_LOG];
        private byte[] input = new byte[0];
        private byte[] output = new byte[0];

        @Override
        public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
            int length = Math.toIntExact(in.length() - in.position());
            input = ArrayUtil.growNoCopy(input, length);
            in.readBytes(input, 0, length);
            output = ArrayUtil.growNoCopy(output, maxCompressedLength(length));
            out.writeBytes(output, 0, compress(input, length, output));
        }

        @Override
        public void close() {
        }

        static int maxCompressedLength(int length) {
            return length + length / 255 + 16;
        }

        /** Compresses {@code src[0, length)} into {@code dst} from 0 as one LZ4 block; returns its length. */
        int compress(byte[] src, int length, byte[] dst) {
            int op = 0;
            int anchor = 0;
            int matchStartLimit = length - MATCH_START_LIMIT;
            int matchEndLimit = length - LAST_LITERALS;
            if (length > MATCH_START_LIMIT) {
                Arrays.fill(table, -MAX_DISTANCE - 1);
                table[hash((int) INT.get(src, 0))] = 0;
                int ip = 1;
                search:
                while (true) {
                    int ref;
                    int step = 1;
                    int misses = 1 << SKIP_TRIGGER;
                    while (true) {
                        if (ip > matchStartLimit) {
                            break search;
                        }
                        int word = (int) INT.get(src, ip);
                        int slot = hash(word);
                        ref = table[slot];
                        table[slot] = ip;
                        if (ip - ref <= MAX_DISTANCE && (int) INT.get(src, ref) == word) {
                            break;
                        }
                        ip += step;
                        step = misses++ >>> SKIP_TRIGGER;
                    }
                    while (ip > anchor && ref > 0 && src[ip - 1] == src[ref - 1]) {
                        ip--;
                        ref--;
                    }
                    int end = matchEnd(src, ip + MIN_MATCH, ref + MIN_MATCH, matchEndLimit);
                    op = sequence(src, anchor, ip - anchor, ip - ref, end - ip, dst, op);
                    ip = end;
                    anchor = end;
                    if (ip > matchStartLimit) {
                        break;
                    }
                    table[hash((int) INT.get(src, ip - 2))] = ip - 2;
                }
            }
            int literals = length - anchor;
            dst[op++] = (byte) (Math.min(literals, 15) << 4);
            if (literals >= 15) {
                op = extraLength(literals - 15, dst, op);
            }
            System.arraycopy(src, anchor, dst, op, literals);
            return op + literals;
        }

        private static int hash(int word) {
            return (word * -1640531535) >>> (32 - HASH_LOG);
        }

        /** Where the match of {@code src[at..]} with {@code src[ref..]} ends, at most {@code limit}. */
        private static int matchEnd(byte[] src, int at, int ref, int limit) {
            while (at + Long.BYTES <= limit) {
                long diff = (long) LONG.get(src, at) ^ (long) LONG.get(src, ref);
                if (diff != 0) {
                    return at + (Long.numberOfTrailingZeros(diff) >>> 3);
                }
                at += Long.BYTES;
                ref += Long.BYTES;
            }
            while (at < limit && src[at] == src[ref]) {
                at++;
                ref++;
            }
            return at;
        }

        /** One sequence: a token, the literals {@code src[from, from + literals)}, then the match's offset and length. */
        private static int sequence(byte[] src, int from, int literals, int offset, int matchLength, byte[] dst, int op) {
            int extraMatch = matchLength - MIN_MATCH;
            dst[op++] = (byte) ((Math.min(literals, 15) << 4) | Math.min(extraMatch, 15));
            if (literals >= 15) {
                op = extraLength(literals - 15, dst, op);
            }
            System.arraycopy(src, from, dst, op, literals);
            op += literals;
            dst[op++] = (byte) offset;
            dst[op++] = (byte) (offset >>> 8);
            if (extraMatch >= 15) {
                op = extraLength(extraMatch - 15, dst, op);
            }
            return op;
        }

        private static int extraLength(int rest, byte[] dst, int op) {
            while (rest >= 255) {
                dst[op++] = (byte) 255;
                rest -= 255;
            }
            dst[op++] = (byte) rest;
            return op;
        }
    }
}
