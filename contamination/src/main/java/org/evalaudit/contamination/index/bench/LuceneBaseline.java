package org.evalaudit.contamination.index.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;

/**
 * The same documents indexed by plain Lucene (StandardAnalyzer, positions, no norms, nothing stored, one
 * thread): what Lucene's inversion itself costs on the machine, so the corpus index's figures can be read
 * against it.
 */
final class LuceneBaseline {
    private LuceneBaseline() {
    }

    static IndexBench.Build build(String corpus, Path dir) throws IOException {
        IndexBench.delete(dir);
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setOmitNorms(true);
        type.freeze();
        long cpu = IndexBench.OS.getProcessCpuTime();
        long started = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET))
                .setRAMBufferSizeMB(256).setUseCompoundFile(false);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (Path file : CorpusReader.expand(List.of(corpus))) {
                IOException[] failed = {null};
                new CorpusReader(CorpusFormat.DEFAULT).read(file, (ref, text, from, length) -> {
                    Document d = new Document();
                    d.add(new Field("text", new String(text, from, length), type));
                    try {
                        writer.addDocument(d);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }, bytes -> { });
                if (failed[0] != null) {
                    throw failed[0];
                }
            }
            writer.commit();
        }
        return new IndexBench.Build((System.nanoTime() - started) / 1e9, (IndexBench.OS.getProcessCpuTime() - cpu) / 1e9);
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long sum = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                sum += Files.size(f);
            }
            return sum;
        }
    }
}
