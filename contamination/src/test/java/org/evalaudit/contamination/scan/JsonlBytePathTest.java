package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.evalaudit.contamination.bench.SyntheticData;
import org.evalaudit.contamination.corpus.CorpusFormat;
import org.evalaudit.contamination.corpus.CorpusReader;
import org.evalaudit.contamination.corpus.JsonlChunk;
import org.evalaudit.contamination.corpus.JsonlChunker;
import org.evalaudit.contamination.corpus.JsonlRecords;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner's byte path (records probed from their JSON bytes, decoded only when an n-gram is in the
 * tables) gives exactly the evidence of scanning every decoded document from its chars.
 */
class JsonlBytePathTest {
    private static final List<Item> NON_ASCII = List.of(
            Item.of("fr/1", "Quelle est la capitale économique de la Côte d'Ivoire, première ville du pays ?",
                    List.of("Abidjan", "Yamoussoukro", "Bouaké", "Daloa"), "A"),
            Item.of("zh/1", "中文 问题 里 的 哪 一个 词 是 名词 而 不是 动词 或者 形容词",
                    List.of("跑", "桌子", "快", "美丽"), "B"),
            Item.of("el/1", "ΠΟΙΟΣ ΕΓΡΑΨΕ ΤΗΝ ΟΔΥΣΣΕΙΑ ΚΑΙ ΤΗΝ ΙΛΙΑΔΑ ΣΤΗΝ ΑΡΧΑΙΑ ΕΛΛΑΔΑ ΚΑΤΑ ΤΗΝ ΠΑΡΑΔΟΣΗ",
                    List.of("Όμηρος", "Πλάτων", "Σοφοκλής", "Ησίοδος"), "A"));
    private static final String[] NOISE = {"caf\u00e9", "\ud83d\ude00", "\u2014", "e\u0301", "\"quoted\"", "a\\b", "\t",
        "\r\n", "\u212a", "\ufb01", "w/o", "\b\f"};
    private static final String SHORT_ESCAPES = "\t\r\b\f/";
    private static final String SHORT_ESCAPED = "trbf/";

    @TempDir
    Path dir;

    /**
     * A JSON string with quotes, backslashes and control chars escaped (tab, carriage return, backspace,
     * form feed and slash at random in their two-char form), and some letters as \\uXXXX.
     */
    private static String json(String text, SplittableRandom random) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (SHORT_ESCAPES.indexOf(c) >= 0 && random.nextBoolean()) {
                s.append('\\').append(SHORT_ESCAPED.charAt(SHORT_ESCAPES.indexOf(c)));
            } else if (c < 0x20 || !Character.isSurrogate(c) && random.nextInt(40) == 0) {
                s.append(String.format("\\u%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    private static String render(ItemDocMatch m) {
        return m.item() + " " + m.doc() + " " + m.counted() + " " + m.questionMatched() + " " + m.choiceMatched() + " "
                + m.wholeQuestion() + " " + m.longestVerbatim() + " " + m.longestMatch() + " " + m.answerLeaked() + " "
                + m.substringHit() + " " + Arrays.toString(m.ngramsCovered()) + " " + Arrays.toString(m.tokensCovered())
                + " " + m.start() + "-" + m.end() + " " + m.snippet() + " " + Arrays.toString(m.spans()) + " "
                + Arrays.toString(m.seedKeys()) + " " + m.numberConflicts();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 4, 5})
    void sameEvidenceAsScanningTheDecodedText(long seed) throws IOException {
        SyntheticData data = new SyntheticData(seed);
        List<Item> items = new ArrayList<>(data.benchmark(200).items());
        items.addAll(NON_ASCII);
        Benchmark benchmark = new Benchmark("b", items);
        ItemIndex index = ItemIndex.build(benchmark, 0);
        CorpusFormat format = new CorpusFormat(null, null, null, 3000, 1000);
        SplittableRandom random = new SplittableRandom(seed);
        Benchmark filler = new SyntheticData(seed + 100).benchmark(300);
        StringBuilder corpus = new StringBuilder();
        for (int d = 0; d < 400; d++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
            for (int p = 0; p < parts; p++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    Item item = random.nextBoolean() ? NON_ASCII.get(random.nextInt(NON_ASCII.size()))
                            : items.get(random.nextInt(items.size()));
                    text.append(item.question()).append('\n').append(String.join("\n", item.choices()))
                            .append(random.nextBoolean() ? "\nAnswer: " + item.gold() : "");
                } else if (kind == 1) {
                    text.append(NOISE[random.nextInt(NOISE.length)]);
                } else {
                    text.append(filler.items().get(random.nextInt(300)).question());
                }
                text.append(random.nextBoolean() ? " " : "\n");
            }
            corpus.append(random.nextBoolean() ? "{\"id\": \"d" + d + "\", " : "{").append("\"text\": ")
                    .append(json(text.toString(), random)).append(random.nextInt(5) == 0 ? "}\r\n\n" : "}\n");
        }
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, corpus, StandardCharsets.UTF_8);

        DocumentMatcher matcher = new DocumentMatcher(index);
        List<String> fromChars = new ArrayList<>();
        long[] charsScanned = {0, 0};
        new CorpusReader(format).read(file, (ref, text, from, length) -> {
            matcher.scan(ref, text, from, length, m -> fromChars.add(render(m)));
            charsScanned[0] += length;
            charsScanned[1]++;
        }, n -> { });
        List<String> fromBytes = new ArrayList<>();
        long[] bytesScanned = {0, 0};
        JsonlRecords records = new JsonlRecords(format);
        List<JsonlChunk> chunks = new ArrayList<>();
        JsonlChunker.cut(file, chunks::add, n -> { });
        for (JsonlChunk chunk : chunks) {
            records.parse(chunk, record -> matcher.scan(record, m -> fromBytes.add(render(m)), length -> {
                bytesScanned[0] += length;
                bytesScanned[1]++;
            }));
        }
        assertTrue(fromChars.size() > 20, "too few matches to compare: " + fromChars.size());
        assertTrue(fromChars.stream().anyMatch(m -> Integer.parseInt(m.substring(0, m.indexOf(' '))) >= 200),
                "no non-ASCII item matched");
        assertTrue(charsScanned[1] > 400, "no document long enough for windows");
        assertEquals(fromChars, fromBytes);
        assertEquals(charsScanned[0], bytesScanned[0]);
        assertEquals(charsScanned[1], bytesScanned[1]);
    }
}
