package org.evalaudit.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One benchmark item. {@code gold} is a choice letter ("B") when {@code choices} is not empty, otherwise
 * a free-form answer ("42"); it is null when the benchmark gives none.
 *
 * @param id unique id within the benchmark
 * @param question the prompt or question text
 * @param choices answer options in order (A, B, ...); empty for free-form items
 * @param gold gold answer, or null when absent
 * @param cluster cluster for clustered standard errors (passage, source), or null
 * @param split split name ("public", "private", "test"...), or null
 * @param subject subject or subset, or null
 * @param metadata any other string fields of the input record, in input order
 */
public record Item(String id, String question, List<String> choices, String gold, String cluster,
                   String split, String subject, Map<String, String> metadata) {

    public Item {
        Objects.requireNonNull(id, "id");
        question = question == null ? "" : question;
        choices = choices == null ? List.of() : List.copyOf(choices);
        metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** A free-form or multiple-choice item with no cluster, split, subject or metadata. */
    public static Item of(String id, String question, List<String> choices, String gold) {
        return new Item(id, question, choices, gold, null, null, null, Map.of());
    }

    /** This item with another gold (a corrected key, or a planted error in a test). */
    public Item withGold(String newGold) {
        return new Item(id, question, choices, newGold, cluster, split, subject, metadata);
    }

    public boolean isMultipleChoice() {
        return !choices.isEmpty();
    }

    /** The letter of choice {@code index}: 0 is "A". */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Index of the gold letter among the choices, or -1 when the gold is not a valid choice letter. */
    public int goldIndex() {
        if (gold == null || gold.length() != 1 || choices.isEmpty()) {
            return -1;
        }
        int index = Character.toUpperCase(gold.charAt(0)) - 'A';
        return index >= 0 && index < choices.size() ? index : -1;
    }

    /** Text of the gold choice, the gold itself for free-form items, or null. */
    public String goldText() {
        if (!isMultipleChoice()) {
            return gold;
        }
        int index = goldIndex();
        return index < 0 ? null : choices.get(index);
    }
}
