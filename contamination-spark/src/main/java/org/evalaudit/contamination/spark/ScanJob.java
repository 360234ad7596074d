package org.evalaudit.contamination.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.scan.ScanOptions;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * What every executor needs to scan a file, broadcast once per job (as {@link JavaBytes}): the
 * benchmark's items field by field (the core model is not {@link Serializable}), the seed and the corpus
 * format. Broadcasting the items rather than the built {@link ItemIndex} keeps the broadcast at the size
 * of the items' text (the index is larger, about 1 KB per item, and not serialisable); each executor
 * rebuilds the same index from it, because {@link ItemIndex#build} is deterministic for items and seed.
 *
 * @param items every item, in benchmark order
 * @param seed seed of the gpt4 preset's substring draw
 * @param textField corpus text field, or null for auto-detection (see {@link CorpusFormat})
 * @param idField corpus id field, or null
 * @param urlField corpus url field, or null
 * @param windowChars longest document window scanned at once
 * @param overlapChars chars shared by consecutive windows
 */
public record ScanJob(List<ItemFields> items, long seed, String textField, String idField,
                      String urlField, int windowChars, int overlapChars) implements Serializable {
    private static final long serialVersionUID = 1L;

    public ScanJob {
        items = List.copyOf(items);
    }

    /** The job of scanning for {@code items} (in index order) with {@code options}' seed and format. */
    public static ScanJob of(List<Item> items, ScanOptions options) {
        CorpusFormat f = options.format();
        return new ScanJob(items.stream().map(ItemFields::of).toList(), options.seed(),
                f.textField(), f.idField(), f.urlField(), f.windowChars(), f.overlapChars());
    }

    /** The benchmark, equal item by item to the one the job was made from (the index never reads its name). */
    public Benchmark benchmark() {
        return new Benchmark("broadcast", items.stream().map(ItemFields::item).toList());
    }

    public CorpusFormat format() {
        return new CorpusFormat(textField, idField, urlField, windowChars, overlapChars);
    }

    /** The fields of one {@link Item}. */
    public record ItemFields(String id, String question, List<String> choices, String gold, String cluster,
                             String split, String subject, Map<String, String> metadata) implements Serializable {
        private static final long serialVersionUID = 1L;

        public ItemFields {
            choices = List.copyOf(choices);
            metadata = new LinkedHashMap<>(metadata);
        }

        static ItemFields of(Item i) {
            return new ItemFields(i.id(), i.question(), i.choices(), i.gold(), i.cluster(), i.split(), i.subject(),
                    i.metadata());
        }

        Item item() {
            return new Item(id, question, choices, gold, cluster, split, subject, metadata);
        }
    }
}
