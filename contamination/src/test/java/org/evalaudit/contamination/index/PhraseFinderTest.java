package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.evalaudit.contamination.text.CanonicalAnalyzer;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The phrase search finds exactly the live documents whose canonical tokens contain the phrase
 * contiguously, compared with a brute-force search over the documents' tokens: on several segments, with
 * deleted documents (a re-indexed file, and the first documents of every file deleted afterwards),
 * repeated terms and phrases absent from the index.
 */
class PhraseFinderTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void findsExactlyTheDocumentsThatContainThePhrase(long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            files.add(TestCorpus.write(tmp.resolve("f" + f + ".jsonl"), TestCorpus.randomTexts(random, 80)));
        }
        Path index = tmp.resolve("index");
        IndexBuildOptions small = IndexBuildOptions.defaults(2).withCommitEveryChars(6_000);
        new CorpusIndexer(index, small).index(List.of(files.get(0).toString(), files.get(1).toString()), Progress.NONE);
        TestCorpus.write(files.get(1), TestCorpus.randomTexts(random, 50));
        new CorpusIndexer(index, small).index(files.stream().map(Path::toString).toList(), Progress.NONE);
        deleteFirstDocumentsOfEveryFile(index);

        List<IndexedDocs.Doc> docs = IndexedDocs.all(index);
        List<List<String>> tokens = docs.stream().map(d -> CanonicalTokenizer.tokens(d.text())).toList();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.leaves().size() > 1, "several segments");
            assertTrue(reader.numDeletedDocs() > 0, "deleted documents");
            PhraseFinder finder = new PhraseFinder(reader);
            StoredFields stored = reader.storedFields();
            int nonEmpty = 0;
            for (int trial = 0; trial < 300; trial++) {
                List<String> phrase = phrase(random, tokens);
                FixedBitSet found = new FixedBitSet(reader.maxDoc());
                finder.addDocumentsContaining(phrase, found);
                TreeSet<String> actual = new TreeSet<>();
                for (int doc = found.nextSetBit(0); doc < found.length(); doc = doc + 1 < found.length() ? found.nextSetBit(doc + 1) : Integer.MAX_VALUE) {
                    actual.add(IndexFields.docRef(stored.document(doc)).id());
                }
                TreeSet<String> expected = new TreeSet<>();
                for (int d = 0; d < docs.size(); d++) {
                    if (Collections.indexOfSubList(tokens.get(d), phrase) >= 0) {
                        expected.add(docs.get(d).ref().id());
                    }
                }
                assertEquals(expected, actual, String.join(" ", phrase));
                nonEmpty += expected.isEmpty() ? 0 : 1;
                if (trial % 50 == 49) {
                    finder.clearTerms();
                }
            }
            assertTrue(nonEmpty > 100, "most phrases occur somewhere: " + nonEmpty);
        }
    }

    /**
     * Deletes the first documents of every file without merging, so that deleted documents are certainly
     * there: the indexer's own deletions (the re-indexed file's old documents) may already be merged away.
     */
    private static void deleteFirstDocumentsOfEveryFile(Path index) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new CanonicalAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (FSDirectory directory = FSDirectory.open(index); IndexWriter writer = new IndexWriter(directory, config)) {
            writer.deleteDocuments(NumericDocValuesField.newSlowRangeQuery(IndexFields.ORDINAL, 0, 9));
            writer.commit();
        }
    }

    /** A phrase of 1 to 8 tokens: cut from a document, sometimes with one token changed or unknown. */
    private static List<String> phrase(SplittableRandom random, List<List<String>> tokens) {
        List<String> doc = tokens.get(random.nextInt(tokens.size()));
        int length = 1 + random.nextInt(Math.min(8, doc.size()));
        int start = random.nextInt(doc.size() - length + 1);
        String[] phrase = doc.subList(start, start + length).toArray(String[]::new);
        int change = random.nextInt(6);
        if (change == 0) {
            phrase[random.nextInt(length)] = "absentword";
        } else if (change == 1) {
            phrase[random.nextInt(length)] = tokens.get(random.nextInt(tokens.size())).get(0);
        }
        return List.of(phrase);
    }
}
