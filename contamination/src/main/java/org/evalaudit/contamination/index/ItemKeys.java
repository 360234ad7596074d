package org.evalaudit.contamination.index;

import java.util.ArrayList;
import java.util.List;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.ItemText;
import org.evalaudit.contamination.ngram.Posting;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.core.model.Item;

/**
 * The token sequences by which the scanner's {@link ItemIndex} can first notice an item in a document:
 * every {@link ItemIndex#N}-gram of every field, and the {@link ItemIndex#SHORT_MIN}-token short key of
 * a question too short for an N-gram. A document that contains none of an item's keys can never yield
 * evidence for it, so the documents that contain some key (found by phrase queries) are exactly the
 * documents the scanner would report on.
 */
final class ItemKeys {
    private ItemKeys() {
    }

    /** The keys of item {@code number}, in field and position order (duplicates kept). */
    static List<String[]> of(ItemIndex index, int number) {
        Item item = index.item(number);
        ItemText text = index.text(number);
        List<String[]> keys = new ArrayList<>();
        for (int f = 0; f < text.fields().length; f++) {
            List<String> tokens = CanonicalTokenizer.tokens(fieldText(item, text, f));
            if (tokens.size() != text.fields()[f].length) {
                throw new IllegalStateException("item " + item.id() + " field " + f + ": " + tokens.size()
                        + " tokens, the item index has " + text.fields()[f].length);
            }
            int length = Math.min(tokens.size(), Posting.MAX_POSITION);
            for (int p = 0; p + ItemIndex.N <= length; p++) {
                keys.add(tokens.subList(p, p + ItemIndex.N).toArray(String[]::new));
            }
            if (f == 0 && length >= ItemIndex.SHORT_MIN && length < ItemIndex.N) {
                keys.add(tokens.subList(0, ItemIndex.SHORT_MIN).toArray(String[]::new));
            }
        }
        return keys;
    }

    /** Field {@code f} as the item index numbers fields: question, choices, then a free-form answer. */
    private static String fieldText(Item item, ItemText text, int f) {
        if (f == 0) {
            return item.question();
        }
        if (f <= text.choices()) {
            return item.choices().get(f - 1);
        }
        if (f == text.answerField()) {
            return item.gold();
        }
        throw new IllegalStateException("item " + item.id() + ": unknown field " + f);
    }
}
