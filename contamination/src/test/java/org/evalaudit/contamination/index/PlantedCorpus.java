package org.evalaudit.contamination.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * A seeded benchmark and a corpus of other text with the benchmark's items planted in every way the
 * matcher distinguishes: verbatim with lettered choices and the answer, question only, light and heavy
 * word edits, insertions and deletions, re-wrapped lines, a third of a question, short questions whole and
 * only their first words, a template shared by several items, a phrase of two items common in the corpus, free-form answers, re-cased and
 * re-punctuated copies, and plants across the window boundaries of long documents.
 */
final class PlantedCorpus {
    private static final String TEMPLATE = "which one of the following statements about this topic";
    /** A phrase of two items that is also common in the corpus: a stock phrase, discounted. */
    static final String STOCK = "at the end of the day we all know that";
    private static final String[] FILLER = {
        "river", "morning", "engine", "harbour", "village", "letter", "window", "garden", "silver", "market",
        "winter", "station", "painting", "bridge", "captain", "forest", "kitchen", "island", "music", "doctor",
        "the", "and", "of", "to", "in", "was", "it", "that", "with", "for", "on", "as", "by", "at", "from"
    };

    private final SplittableRandom random;
    private final Benchmark benchmark;

    PlantedCorpus(long seed) {
        this.random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>(new SyntheticData(seed).benchmark(60).items());
        for (int i = 0; i < 6; i++) {
            items.add(Item.of("short/" + i, words(5 + i % 3) + "?", List.of(words(1), words(2), words(1), words(2)), "B"));
        }
        items.add(Item.of("tiny/0", words(3) + "?", List.of(words(1), words(1)), "A"));
        for (int i = 0; i < 5; i++) {
            items.add(Item.of("template/" + i, TEMPLATE + " " + words(12 + i) + " is true?",
                    List.of(words(3), words(3), words(3), words(3)), Item.letter(i % 4)));
        }
        for (int i = 0; i < 4; i++) {
            items.add(Item.of("free/" + i, words(14 + i) + "?", List.of(), i % 2 == 0 ? words(1) : words(4)));
        }
        for (int i = 0; i < 2; i++) {
            items.add(Item.of("stock/" + i, words(6) + " " + STOCK + " " + words(10) + "?",
                    List.of(words(2), words(2), words(2), words(2)), "C"));
        }
        items.add(Item.of("duplicate/0", items.get(3).question(), items.get(3).choices(), items.get(3).gold()));
        this.benchmark = new Benchmark("planted", items);
    }

    Benchmark benchmark() {
        return benchmark;
    }

    /** Writes {@code files} JSONL files of {@code docs} documents each; returns them. */
    List<Path> write(Path dir, int files, int docs) {
        List<Path> out = new ArrayList<>();
        for (int f = 0; f < files; f++) {
            List<String> texts = new ArrayList<>();
            for (int d = 0; d < docs; d++) {
                texts.add(document());
            }
            out.add(TestCorpus.write(dir.resolve("planted-" + f + ".jsonl"), texts));
        }
        return out;
    }

    private String document() {
        int kind = random.nextInt(16);
        if (kind >= 13) {
            return filler(30 + random.nextInt(300)) + (random.nextBoolean() ? " " + STOCK + " " + filler(20) : "");
        }
        Item item = benchmark.items().get(random.nextInt(benchmark.size()));
        String plant = switch (kind) {
            case 0 -> lettered(item, ". ") + "\nAnswer: " + item.gold();
            case 1 -> item.question();
            case 2 -> edit(item.question() + " " + String.join(" ", item.choices()), 0.05);
            case 3 -> edit(item.question() + " " + String.join(" ", item.choices()), 0.12);
            case 4 -> rewrap(item.question()) + "\n" + lettered(item, ") ");
            case 5 -> third(item.question());
            case 6 -> firstWords(item.question(), 5) + " " + filler(6);
            case 7 -> TEMPLATE + " " + filler(8);
            case 8 -> item.question() + "\nThe correct answer is " + (item.isMultipleChoice() ? item.goldText() : item.gold());
            case 9 -> item.question().toUpperCase(java.util.Locale.ROOT).replace(" ", " -- ");
            case 10 -> insertAndDelete(item.question());
            case 11 -> filler(900) + "\n" + lettered(item, ". ") + "\nAnswer: " + item.gold() + "\n" + filler(900);
            default -> item.question() + "\n" + lettered(benchmark.items().get(random.nextInt(benchmark.size())), ". ");
        };
        return filler(random.nextInt(120)) + "\n\n" + plant + "\n\n" + filler(random.nextInt(120));
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : " ").append(FILLER[random.nextInt(20)]).append(random.nextInt(90));
        }
        return s.toString();
    }

    private String filler(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : i % 13 == 0 ? ". " : " ").append(FILLER[random.nextInt(FILLER.length)]);
        }
        return s.toString();
    }

    private static String lettered(Item item, String separator) {
        StringBuilder s = new StringBuilder(item.question());
        for (int c = 0; c < item.choices().size(); c++) {
            s.append('\n').append(Item.letter(c)).append(separator).append(item.choices().get(c));
        }
        return s.toString();
    }

    private String edit(String text, double rate) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            if (random.nextDouble() < rate) {
                w[i] = FILLER[random.nextInt(FILLER.length)];
            }
        }
        return String.join(" ", w);
    }

    private String insertAndDelete(String text) {
        List<String> w = new ArrayList<>(List.of(text.split(" ")));
        if (w.size() > 6) {
            w.remove(1 + random.nextInt(w.size() - 2));
            w.add(1 + random.nextInt(w.size() - 1), FILLER[random.nextInt(FILLER.length)]);
        }
        return String.join(" ", w);
    }

    private String rewrap(String text) {
        String[] w = text.split(" ");
        StringBuilder s = new StringBuilder();
        int line = 3 + random.nextInt(5);
        for (int i = 0; i < w.length; i++) {
            s.append(i == 0 ? "" : i % line == 0 ? "\n" : " ").append(w[i]);
        }
        return s.toString();
    }

    /** The first third of a question, at least 8 words: a counted match that covers too little to be dirty. */
    private static String third(String text) {
        String[] w = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, Math.max(8, w.length / 3))));
    }

    private static String firstWords(String text, int n) {
        String[] w = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }
}
