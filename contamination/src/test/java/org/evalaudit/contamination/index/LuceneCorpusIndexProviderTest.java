package org.evalaudit.contamination.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.CorpusIndexProvider;
import org.evalaudit.contamination.scan.EvidenceSource;
import org.evalaudit.contamination.scan.ItemDocMatch;
import org.evalaudit.contamination.scan.Preset;
import org.evalaudit.contamination.scan.ScanResult;
import org.evalaudit.core.audit.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contamination check finds the index through the service loader and gets the query's evidence. */
class LuceneCorpusIndexProviderTest {
    @TempDir
    Path tmp;

    private static CorpusIndexProvider provider() {
        List<CorpusIndexProvider> found = new ArrayList<>();
        ServiceLoader.load(CorpusIndexProvider.class).forEach(found::add);
        assertEquals(1, found.size(), "exactly one index provider is registered");
        return found.get(0);
    }

    @Test
    void theRegisteredProviderGivesTheSameEvidenceAsAQuery() throws IOException {
        PlantedCorpus planted = new PlantedCorpus(404);
        List<String> corpus = planted.write(tmp, 2, 60).stream().map(Path::toString).toList();
        Path index = tmp.resolve("index");
        new CorpusIndexer(index, IndexBuildOptions.defaults(2)).index(corpus, Progress.NONE);
        ItemIndex items = ItemIndex.build(planted.benchmark(), 5);

        EvidenceSource source = provider().open(index);
        List<ItemDocMatch> evidence = Collections.synchronizedList(new ArrayList<>());
        source.collect(items, evidence::add, Progress.NONE);
        ScanResult viaProvider = ScanResult.of(items, evidence, Preset.DEFAULT, null);

        ScanResult viaQuery;
        try (CorpusIndexQuery query = CorpusIndexQuery.open(index, 1)) {
            viaQuery = query.query(planted.benchmark(), Preset.DEFAULT, 5, Progress.NONE);
        }
        assertTrue(viaQuery.dirtyItems() > 0);
        assertEquals(viaQuery.itemsTable(), viaProvider.itemsTable());
        assertEquals(viaQuery.docsTable(), viaProvider.docsTable());
    }

    @Test
    void openingAMissingIndexFailsAtOnceWithAClearMessage() {
        IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class,
                () -> provider().open(tmp.resolve("no-index")));
        assertTrue(e.getMessage().contains("holds no index"), e.getMessage());
    }
}
