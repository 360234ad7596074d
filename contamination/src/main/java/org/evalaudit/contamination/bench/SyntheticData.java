package org.evalaudit.contamination.bench;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * A reproducible benchmark and web-like corpus for benchmarks: words drawn from a Zipf-like
 * distribution over a 50,000-word pseudo vocabulary (so common n-grams repeat as in real text), items
 * of 10 to 60 words with four choices, documents of 100 to 1,500 words, some carrying an item verbatim. Same seed, same bytes.
 */
public final class SyntheticData {
    private static final String[] SYLLABLES = {"ka", "to", "ri", "en", "mo", "sa", "lu", "pe", "dan", "ber", "st",
        "qu", "ix", "or", "al", "the", "ing", "ver", "co", "na", "fi", "ra", "ly", "tion"};
    private final String[] vocabulary = new String[50_000];
    private final SplittableRandom random;

    public SyntheticData(long seed) {
        this.random = new SplittableRandom(seed);
        SplittableRandom words = new SplittableRandom(seed ^ 0x5eed);
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + words.nextInt(i < 200 ? 2 : 4);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
            }
            vocabulary[i] = w.toString();
        }
    }

    /** A Zipf-like rank: the square of a uniform draw favours low ranks. */
    private String word() {
        double u = random.nextDouble();
        return vocabulary[(int) (u * u * u * (vocabulary.length - 1))];
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(i % 17 == 0 ? ".\n" : " ");
            }
            s.append(word());
        }
        return s.toString();
    }

    public Benchmark benchmark(int items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            List<String> choices = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                choices.add(words(1 + random.nextInt(6)));
            }
            out.add(Item.of("synthetic/" + i, words(10 + random.nextInt(51)) + "?", choices, Item.letter(random.nextInt(4))));
        }
        return new Benchmark("synthetic", out);
    }

    /**
     * Writes JSONL documents until {@code bytes} of text are written, every {@code plantEvery}-th carrying a
     * random item's question and choices verbatim; returns the text bytes written.
     */
    public long corpus(Benchmark benchmark, long bytes, int plantEvery, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonStringEncoder json = JsonStringEncoder.getInstance();
        long written = 0;
        for (int d = 0; written < bytes; d++) {
            String text = words(100 + random.nextInt(1400));
            if (d % plantEvery == plantEvery - 1) {
                Item item = benchmark.items().get(random.nextInt(benchmark.size()));
                text = text + "\n\n" + item.question() + "\n" + String.join("\n", item.choices()) + "\n\n" + words(50);
            }
            written += text.length();
            w.write("{\"id\":\"doc-" + d + "\",\"url\":\"https://example.org/" + d + "\",\"text\":\"");
            w.write(json.quoteAsString(text));
            w.write("\"}\n");
        }
        w.flush();
        return written;
    }
}
