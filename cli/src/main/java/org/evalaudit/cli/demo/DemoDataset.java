package org.evalaudit.cli.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates the demo inputs: 400 multiple-choice items (arithmetic and capitals), 8 models x 3 prompt
 * templates of results, a benchmark card and a 600-document corpus. Faults are planted so that the
 * report has something to find, and listed in the README written beside the data:
 * <ul>
 *   <li>12 items whose gold letter points at a wrong choice (label noise, sin 2);</li>
 *   <li>a duplicate item with a disagreeing gold, and an item whose question is HTML/script (escaping);</li>
 *   <li>one model that often answers in prose the grader cannot parse, sometimes with the right value (sin 6);</li>
 *   <li>template effects that reorder close models (sin 1b);</li>
 *   <li>one model that is much better on public items than private ones, whose public items leaked
 *       into the corpus (contamination, public/private gap).</li>
 * </ul>
 * The same seed gives the same bytes.
 */
public final class DemoDataset {
    /** The files written. */
    public record DemoFiles(Path benchmark, Path results, Path card, Path corpus, Path readme) {
    }

    static final int ITEMS = 400;
    static final int WRONG_GOLD = 12;
    static final String[] TEMPLATES = {"zero-shot", "chain-of-thought", "letter-only"};
    static final String[][] MODELS = {
        // name, ability (logit), release date, strong
        {"atlas-70b", "2.6", "2025-03-01", "true"},
        {"borealis-34b", "2.2", "2024-11-15", "true"},
        {"cirrus-13b", "1.6", "2024-06-01", "true"},
        {"leaky-13b", "1.0", "2024-09-01", "false"},
        {"delta-8b", "1.1", "2024-02-01", "true"},
        {"chatty-7b", "0.9", "2023-10-01", "false"},
        {"ember-3b", "0.3", "2023-06-01", "false"},
        {"flint-1b", "-0.4", "2023-03-01", "false"},
    };
    private static final String[][] CAPITALS = {
        {"France", "Paris"}, {"Japan", "Tokyo"}, {"Kenya", "Nairobi"}, {"Peru", "Lima"},
        {"Canada", "Ottawa"}, {"Egypt", "Cairo"}, {"Norway", "Oslo"}, {"Chile", "Santiago"},
        {"India", "New Delhi"}, {"Spain", "Madrid"}, {"Ghana", "Accra"}, {"Poland", "Warsaw"},
        {"Cuba", "Havana"}, {"Iran", "Tehran"}, {"Italy", "Rome"}, {"Nepal", "Kathmandu"},
        {"Mali", "Bamako"}, {"Fiji", "Suva"}, {"Laos", "Vientiane"}, {"Oman", "Muscat"},
        {"Chad", "N'Djamena"}, {"Iraq", "Baghdad"}, {"Togo", "Lome"}, {"Greece", "Athens"},
        {"Sweden", "Stockholm"}, {"Austria", "Vienna"}, {"Hungary", "Budapest"}, {"Portugal", "Lisbon"},
        {"Ireland", "Dublin"}, {"Finland", "Helsinki"}, {"Denmark", "Copenhagen"}, {"Turkey", "Ankara"},
        {"Vietnam", "Hanoi"}, {"Thailand", "Bangkok"}, {"Mexico", "Mexico City"}, {"Brazil", "Brasilia"},
        {"Argentina", "Buenos Aires"}, {"Colombia", "Bogota"}, {"Morocco", "Rabat"}, {"Senegal", "Dakar"},
    };
    private static final String[] NAMES = {"Amara", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Greta",
        "Hiroshi", "Imani", "Jonas", "Kavya", "Lucia", "Mateo", "Noor", "Oskar", "Priya"};
    private static final String[] PLACES = {"bakery", "library", "harbour", "orchard", "workshop", "school",
        "museum", "garage", "greenhouse", "market stall", "post office", "theatre"};
    private static final String[] THINGS = {"jars", "books", "crates", "apples", "bolts", "pencils", "tickets",
        "tiles", "seeds", "letters", "candles", "bottles"};
    private static final String[] OPENINGS = {"%s counts the stock at the %s and finds %d %s.",
        "At the %2$s, %1$s has %3$d %4$s on the shelves.", "%s starts the week at the %s with %d %s.",
        "The %2$s run by %1$s keeps %3$d %4$s in storage.", "In the back room of the %2$s, %1$s stacks %3$d %4$s."};
    private static final String[] ADDITIONS = {"Then %d more %s arrive.", "A supplier delivers another %d %s.",
        "By noon, %d extra %s have been added.", "A neighbour donates %d further %s."};
    private static final String[] PRODUCTS = {"Then the stock grows to %d times as much.",
        "A bumper season multiplies it by %d.", "After a busy month there are %d times as many."};
    private static final String[] ASKS = {"How many %s are there now?", "What is the new total of %s for %s?",
        "How many %s does %2$s have at the end?", "Count the %s: how many in all?"};
    private static final String[] FILLER = ("the a film movie was really good bad plot actor scene story "
            + "watched again character music ending great boring long short funny sad director camera light "
            + "review seen night friends theater popcorn sequel original cast script dialogue effects "
            + "minutes hour performance role moment audience critics score soundtrack").split(" ");

    private DemoDataset() {
    }

    /** A generated item with the index of its true answer (which may differ from the gold). */
    private record DemoItem(String id, String question, List<String> choices, int trueIndex, int goldIndex,
                            String subject, String cluster, String split) {
    }

    public static DemoFiles write(Path dir, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoItem> items = items(random);
        DemoFiles files = new DemoFiles(dir.resolve("items.jsonl"), dir.resolve("results.jsonl"),
                dir.resolve("card.json"), dir.resolve("corpus.jsonl"), dir.resolve("README.md"));
        ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        writeItems(items, files.benchmark(), mapper);
        writeResults(items, files.results(), mapper, random);
        writeCard(files.card(), mapper);
        writeCorpus(items, files.corpus(), mapper, random);
        writeReadme(files.readme());
        return files;
    }

    private static List<DemoItem> items(SplittableRandom random) {
        List<DemoItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            String id = String.format(Locale.ROOT, "demo-%03d", i);
            String split = i % 2 == 0 ? "public" : "private";
            if (i < 320) {
                int a = 11 + random.nextInt(89);
                int b = 3 + random.nextInt(40);
                boolean times = i % 3 == 0;
                int value = times ? a * b : a + b;
                String question = arithmeticQuestion(random, a, b, times);
                List<String> choices = new ArrayList<>();
                int trueIndex = random.nextInt(4);
                int[] offsets = {-10, -1, 1, 2, 9, 10};
                for (int c = 0, k = random.nextInt(offsets.length); c < 4; c++) {
                    if (c == trueIndex) {
                        choices.add(Integer.toString(value));
                    } else {
                        choices.add(Integer.toString(value + offsets[k++ % offsets.length]));
                    }
                }
                items.add(new DemoItem(id, question, choices, trueIndex, trueIndex, "arithmetic",
                        "warehouse-" + i / 8, split));
            } else {
                String[] pair = CAPITALS[(i - 320) % CAPITALS.length];
                List<String> choices = new ArrayList<>();
                int trueIndex = random.nextInt(4);
                for (int c = 0, k = 1; c < 4; c++) {
                    choices.add(c == trueIndex ? pair[1] : CAPITALS[(i - 320 + 7 * k++) % CAPITALS.length][1]);
                }
                String question = (i - 320) < CAPITALS.length
                        ? "Which city is the capital of " + pair[0] + "?"
                        : "The seat of government of " + pair[0] + " is located in which city?";
                items.add(new DemoItem(id, question, choices, trueIndex, trueIndex, "geography",
                        "capitals-" + (i - 320) % CAPITALS.length, split));
            }
        }
        // Planted label errors: the gold points at a distractor, spread over both subjects.
        for (int k = 0; k < WRONG_GOLD; k++) {
            int index = 17 + k * 31;
            DemoItem item = items.get(index);
            items.set(index, new DemoItem(item.id(), item.question(), item.choices(), item.trueIndex(),
                    (item.trueIndex() + 1 + k % 3) % 4, item.subject(), item.cluster(), item.split()));
        }
        // A duplicate of item 5 whose gold disagrees, and an item carrying markup.
        DemoItem original = items.get(5);
        items.set(398, new DemoItem("demo-398", original.question(), original.choices(), original.trueIndex(),
                (original.trueIndex() + 2) % 4, original.subject(), original.cluster(), "private"));
        items.set(399, new DemoItem("demo-399", "<script>alert('xss')</script> Which tag runs script in a page?",
                List.of("<script>", "<b>", "<i>", "<p>"), 0, 0, "geography", "markup", "private"));
        return items;
    }

    /** A word problem drawn from varied names, places, things and frames, so that items do not share long n-grams. */
    private static String arithmeticQuestion(SplittableRandom random, int a, int b, boolean times) {
        String name = pick(random, NAMES);
        String place = pick(random, PLACES);
        String thing = pick(random, THINGS);
        String opening = String.format(Locale.ROOT, pick(random, OPENINGS), name, place, a, thing);
        String change = times
                ? String.format(Locale.ROOT, pick(random, PRODUCTS), b)
                : String.format(Locale.ROOT, pick(random, ADDITIONS), b, thing);
        return opening + " " + change + " " + String.format(Locale.ROOT, pick(random, ASKS), thing, name);
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static void writeItems(List<DemoItem> items, Path file, ObjectMapper mapper) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DemoItem item : items) {
                ObjectNode node = mapper.createObjectNode();
                node.put("id", item.id());
                node.put("subject", item.subject());
                node.put("question", item.question());
                ArrayNode choices = node.putArray("choices");
                item.choices().forEach(choices::add);
                node.put("answer", letter(item.goldIndex()));
                node.put("cluster", item.cluster());
                node.put("split", item.split());
                out.write(mapper.writeValueAsString(node));
                out.write('\n');
            }
        }
    }

    /**
     * The probabilities a letter-scored template gives the choices: the model's chance of being right on the
     * true answer, the rest shared by the others (rounded to 3 places), so confident learning has input.
     */
    private static void choiceProbabilities(ArrayNode out, int trueIndex,
                                            double logit) {
        double right = 1 / (1 + Math.exp(-logit));
        for (int k = 0; k < 4; k++) {
            out.add(Math.round(1000 * (k == trueIndex ? right : (1 - right) / 3)) / 1000.0);
        }
    }

    private static void writeResults(List<DemoItem> items, Path file, ObjectMapper mapper,
                                     SplittableRandom random) throws IOException {
        double[] difficulty = new double[items.size()];
        for (int i = 0; i < difficulty.length; i++) {
            difficulty[i] = random.nextGaussian() * 1.2;
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String[] model : MODELS) {
                double ability = Double.parseDouble(model[1]);
                for (int t = 0; t < TEMPLATES.length; t++) {
                    double templateEffect = random.nextGaussian() * 0.35 + (t == 1 ? 0.2 : 0.0);
                    for (int i = 0; i < items.size(); i++) {
                        DemoItem item = items.get(i);
                        double logit = ability - difficulty[i] + templateEffect;
                        if (model[0].equals("leaky-13b") && item.split().equals("public")) {
                            logit += 2.0;
                        }
                        boolean right = random.nextDouble() < 1 / (1 + Math.exp(-logit));
                        int chosen = right ? item.trueIndex() : (item.trueIndex() + 1 + random.nextInt(3)) % 4;
                        String answer = letter(chosen);
                        String response = t == 2 ? answer : "Working through it, the answer is (" + answer + ").";
                        if (model[0].equals("chatty-7b") && random.nextDouble() < 0.15) {
                            response = "Honestly it comes to " + item.choices().get(chosen) + ", I would say.";
                            answer = null;
                        }
                        ObjectNode node = mapper.createObjectNode();
                        node.put("item_id", item.id());
                        node.put("model", model[0]);
                        node.put("template", TEMPLATES[t]);
                        node.put("response", response);
                        node.put("answer", answer);
                        node.put("score", answer != null && chosen == item.goldIndex() ? 1 : 0);
                        if (t == 2) {
                            choiceProbabilities(node.putArray("probs"), item.trueIndex(), logit);
                        }
                        out.write(mapper.writeValueAsString(node));
                        out.write('\n');
                    }
                }
            }
        }
    }

    private static void writeCard(Path file, ObjectMapper mapper) throws IOException {
        ObjectNode card = mapper.createObjectNode();
        card.put("name", "evalaudit demo benchmark");
        card.put("headline_metric", "score");
        card.putArray("subsets").add("arithmetic").add("geography");
        ObjectNode attestations = card.putObject("attestations");
        attestations.put("intended_users", "people who want to see what evalaudit reports");
        attestations.put("real_world_task", "no");
        attestations.put("expert_validated", "no");
        ObjectNode models = card.putObject("models");
        for (String[] model : MODELS) {
            ObjectNode m = models.putObject(model[0]);
            m.put("release_date", model[2]);
            m.put("strong", Boolean.parseBoolean(model[3]));
        }
        Files.writeString(file,
                mapper.writerWithDefaultPrettyPrinter().writeValueAsString(card) + "\n", StandardCharsets.UTF_8);
    }

    /** Filler reviews, plus the public items of leaky-13b's advantage pasted verbatim into 8 documents. */
    private static void writeCorpus(List<DemoItem> items, Path file, ObjectMapper mapper,
                                    SplittableRandom random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int d = 0; d < 600; d++) {
                StringBuilder text = new StringBuilder();
                int words = 80 + random.nextInt(200);
                for (int w = 0; w < words; w++) {
                    text.append(w == 0 ? "" : " ").append(FILLER[random.nextInt(FILLER.length)]);
                }
                text.append('.');
                if (d % 75 == 0) {
                    DemoItem leaked = items.get(2 * (d / 75) * 20);
                    text.append("\n\nQuiz of the day: ").append(leaked.question()).append('\n');
                    for (int c = 0; c < leaked.choices().size(); c++) {
                        text.append(letter(c)).append(". ").append(leaked.choices().get(c)).append('\n');
                    }
                    text.append("Answer: ").append(letter(leaked.goldIndex())).append("\n\n");
                }
                ObjectNode node = mapper.createObjectNode();
                node.put("id", String.format(Locale.ROOT, "doc-%04d", d));
                node.put("url", "https://reviews.example/" + d);
                node.put("text", text.toString());
                out.write(mapper.writeValueAsString(node));
                out.write('\n');
            }
        }
    }

    private static void writeReadme(Path file) throws IOException {
        Files.writeString(file, String.join("\n",
                "# evalaudit demo data",
                "",
                "Generated by `evalaudit demo` (deterministic: the same seed gives the same bytes).",
                "",
                "- `items.jsonl`: " + ITEMS + " multiple-choice items (arithmetic, capitals), split public/private.",
                "- `results.jsonl`: " + MODELS.length + " models x " + TEMPLATES.length + " templates; the letter-only "
                        + "template's responses carry per-choice probabilities (`probs`) for confident learning.",
                "- `card.json`: headline metric, attestations, model release dates.",
                "- `corpus.jsonl`: 600 web-like documents.",
                "",
                "Planted faults the report should find:",
                "- " + WRONG_GOLD + " wrong gold letters: demo-017, demo-048, ... every 31st item from 17 (sin 2).",
                "- demo-398 duplicates demo-005 with a different gold; demo-399 carries a <script> tag (shown escaped).",
                "- chatty-7b answers 15% of prompts in prose the grader cannot parse, often with the right value (sin 6).",
                "- the three templates shift models differently (sin 1b).",
                "- leaky-13b is much better on public items; 8 public items are pasted verbatim into the corpus",
                "  (contamination, public/private gap).",
                ""), StandardCharsets.UTF_8);
    }

    private static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
