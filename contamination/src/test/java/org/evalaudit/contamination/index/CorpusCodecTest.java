package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CorpusCodec}: its LZ4 blocks decode with Lucene's decoder to the exact bytes, whole or in part; an index
 * written with it gives its text back after reopening; and indexes of the earlier codec still open and grow.
 */
class CorpusCodecTest {
    @TempDir
    Path tmp;

    private static byte[] compress(Compressor compressor, byte[] input) throws IOException {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        compressor.compress(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(input))), out);
        return out.toArrayCopy();
    }

    /** Decodes {@code [offset, offset + length)} of a block of {@code original} bytes as the stored-fields reader does. */
    private static byte[] decompress(byte[] block, int original, int offset, int length) throws IOException {
        BytesRef bytes = new BytesRef();
        Lz4Compression.INSTANCE.newDecompressor().decompress(new ByteArrayDataInput(block), original, offset, length, bytes);
        return Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
    }

    /** Words from a small vocabulary: text with many repeats near each other, as corpus text has. */
    private static byte[] words(SplittableRandom random, int bytes) {
        String[] vocabulary = {"the ", "river ", "café ", "theorem ", "of ", "x² ", "supply and demand ", "\n"};
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return Arrays.copyOf(text.toString().getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static List<byte[]> inputs() {
        SplittableRandom random = new SplittableRandom(3);
        List<byte[]> inputs = new ArrayList<>();
        for (int length : new int[] {0, 1, 4, 12, 13, 14, 15, 16, 17, 20, 30, 300}) {
            inputs.add(words(random, length));
        }
        byte[] noise = new byte[100_000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) random.nextInt(256);
        }
        inputs.add(noise);
        byte[] same = new byte[70_000];
        Arrays.fill(same, (byte) 'a');
        inputs.add(same);
        inputs.add(words(random, 61_440 + 1_500));
        byte[] mixed = new byte[140_000];
        for (int at = 0; at < mixed.length; ) {
            // literal runs of 14, 15, 16, 269, 270 and 271 bytes between long and short matches
            int run = new int[] {14, 15, 16, 269, 270, 271}[random.nextInt(6)];
            for (int i = 0; i < run && at < mixed.length; i++) {
                mixed[at++] = (byte) random.nextInt(256);
            }
            int match = 4 + random.nextInt(600);
            int from = at - 1 - random.nextInt(Math.min(at, 70_000));
            for (int i = 0; i < match && at < mixed.length; i++) {
                mixed[at++] = mixed[from + i];
            }
        }
        inputs.add(mixed);
        return inputs;
    }

    @Test
    void blocksDecodeWithLucenesDecoderWholeAndInPart() throws IOException {
        SplittableRandom random = new SplittableRandom(4);
        // one compressor for every input, as one stored-fields writer compresses all its chunks
        try (Compressor compressor = Lz4Compression.INSTANCE.newCompressor()) {
            for (byte[] input : inputs()) {
                byte[] block = compress(compressor, input);
                assertArrayEquals(input, decompress(block, input.length, 0, input.length), "length " + input.length);
                for (int part = 0; part < 5 && input.length > 0; part++) {
                    int offset = random.nextInt(input.length);
                    int length = random.nextInt(input.length - offset + 1);
                    assertArrayEquals(Arrays.copyOfRange(input, offset, offset + length),
                            decompress(block, input.length, offset, length), "length " + input.length + " part " + offset);
                }
            }
        }
    }

    @Test
    void compressesTextAsWellAsLucenesLz4AndNoiseGrowsOnlyByTheFormatsBound() throws IOException {
        try (Compressor compressor = Lz4Compression.INSTANCE.newCompressor();
             Compressor lucene = CompressionMode.FAST.newCompressor()) {
            byte[] text = words(new SplittableRandom(5), 60_000);
            int size = compress(compressor, text).length;
            assertTrue(size < text.length / 2 && size <= compress(lucene, text).length * 1.02,
                    size + " bytes: text with close repeats is compressed as Lucene's LZ4 compresses it");
            byte[] same = new byte[60_000];
            assertTrue(compress(compressor, same).length < 300, "a run of one byte is a few long matches");
            byte[] noise = new byte[60_000];
            new java.util.Random(6).nextBytes(noise);
            assertTrue(compress(compressor, noise).length <= noise.length + noise.length / 255 + 16);
        }
    }

    private static Set<String> codecs(Path index) throws IOException {
        Set<String> names = new TreeSet<>();
        try (FSDirectory directory = FSDirectory.open(index)) {
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
                names.add(segment.info.getCodec().getName());
            }
        }
        return names;
    }

    private List<Path> corpus(String name, long seed) {
        List<String> texts = TestCorpus.randomTexts(new SplittableRandom(seed), 300);
        // a document larger than two chunks, which Lucene compresses in chunk-sized slices
        texts.set(7, String.join(" ", TestCorpus.randomTexts(new SplittableRandom(seed + 1), 4_000)));
        return List.of(TestCorpus.write(tmp.resolve(name), texts));
    }

    private static List<String> specs(List<Path> files) {
        return files.stream().map(Path::toString).toList();
    }

    @Test
    void anIndexWrittenWithTheCodecGivesItsTextBackAfterReopening() throws IOException {
        List<Path> corpus = corpus("a.jsonl", 1);
        Path index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(2)).index(specs(corpus), Progress.NONE);

        assertEquals(Set.of(CorpusCodec.NAME), codecs(index));
        assertTrue(IndexedDocs.expected(corpus, CorpusFormat.DEFAULT).stream().anyMatch(d -> d.text().length() > 2 * 61_440));
        assertEquals(IndexedDocs.expected(corpus, CorpusFormat.DEFAULT), IndexedDocs.all(index));
        try (CorpusIndex opened = CorpusIndex.open(index)) {
            assertTrue(opened.metadata().storeText());
        }
    }

    /** Rewrites every segment of {@code from} with Lucene's default codec, as indexes were written before. */
    private static Path rewriteWithLucenesCodec(Path from, Path to) throws IOException {
        try (FSDirectory source = FSDirectory.open(from); DirectoryReader reader = DirectoryReader.open(source);
             FSDirectory target = FSDirectory.open(to)) {
            IndexWriterConfig config = new IndexWriterConfig(new CanonicalAnalyzer());
            config.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
            try (IndexWriter writer = new IndexWriter(target, config)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    writer.addIndexes(SlowCodecReaderWrapper.wrap(leaf.reader()));
                }
                Map<String, String> data = new HashMap<>(reader.getIndexCommit().getUserData());
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
        return to;
    }

    @Test
    void anIndexOfLucenesDefaultCodecStillOpensAndIsExtendedWithTheNewOne() throws IOException {
        List<Path> first = corpus("a.jsonl", 1);
        Path built = tmp.resolve("built");
        new CorpusIndexer(built, IndexBuildOptions.defaults(1)).index(specs(first), Progress.NONE);
        Path index = rewriteWithLucenesCodec(built, tmp.resolve("index"));
        assertEquals(Set.of("Lucene912"), codecs(index));
        assertEquals(IndexedDocs.expected(first, CorpusFormat.DEFAULT), IndexedDocs.all(index));

        List<Path> both = new ArrayList<>(first);
        both.addAll(corpus("b.jsonl", 2));
        IndexBuildResult result = new CorpusIndexer(index, IndexBuildOptions.defaults(1)).index(specs(both), Progress.NONE);

        assertEquals(1, result.added(), "only the new file is indexed");
        assertEquals(Set.of("Lucene912", CorpusCodec.NAME), codecs(index));
        assertEquals(IndexedDocs.expected(both, CorpusFormat.DEFAULT), IndexedDocs.all(index));
        assertEquals(600, IndexInfo.read(index).documents());
    }
}
