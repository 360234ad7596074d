package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.evalaudit.contamination.ngram.ItemIndex;
import org.evalaudit.contamination.ngram.NgramHash;
import org.evalaudit.contamination.text.TermHash;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The probe skips half the positions (its seed filters are probed at even positions only), so what it
 * must never do is miss one: every position where a document holds an item's 8-gram or short key is a
 * candidate, whatever the position's parity and the document's length. Seeded random documents made of
 * the items' words, with item n-grams planted at random positions.
 */
class NgramProbeTest {
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"};

    private static List<String> words(SplittableRandom random, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return out;
    }

    private static long[] hashes(List<String> tokens) {
        long[] out = new long[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TermHash.of(tokens.get(i));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyPlantedEightGramAndShortKeyIsACandidate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Item> items = new ArrayList<>();
        List<List<String>> questions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // long questions (8-grams) and short ones (5 to 7 tokens: a short key)
            List<String> question = words(random, i % 4 == 0 ? 5 + random.nextInt(3) : 8 + random.nextInt(12));
            questions.add(question);
            items.add(Item.of("q" + i, String.join(" ", question), List.of("yes", "no"), "A"));
        }
        ItemIndex index = ItemIndex.build(new Benchmark("b", items), 0);
        NgramProbe probe = new NgramProbe(index);
        for (int doc = 0; doc < 200; doc++) {
            List<String> tokens = words(random, random.nextInt(40));
            List<Planted> planted = new ArrayList<>();
            for (int plant = random.nextInt(4); plant > 0; plant--) {
                List<String> question = questions.get(random.nextInt(questions.size()));
                boolean isShort = question.size() < ItemIndex.N;
                int length = isShort ? ItemIndex.SHORT_MIN : ItemIndex.N;
                int from = isShort ? 0 : random.nextInt(question.size() - length + 1);
                int at = random.nextInt(tokens.size() + 1);
                tokens.addAll(at, question.subList(from, from + length));
                List<Planted> moved = new ArrayList<>();
                for (Planted earlier : planted) {
                    moved.add(earlier.at() >= at ? new Planted(earlier.at() + length, earlier.gram(), earlier.isShort())
                            : earlier);
                }
                planted = moved;
                planted.add(new Planted(at, List.copyOf(question.subList(from, from + length)), isShort));
            }
            long[] h = hashes(tokens);
            probe.probe(h, h.length);
            Set<String> candidates = new HashSet<>();
            for (int c = 0; c < probe.candidates; c++) {
                candidates.add(probe.candidateShort[c] + "@" + probe.candidatePos[c]);
                long expected = NgramHash.of(h, probe.candidatePos[c], probe.candidateShort[c] ? ItemIndex.SHORT_MIN
                        : ItemIndex.N);
                assertTrue(expected == probe.candidateKey[c], "a candidate's key is the n-gram at its position");
            }
            for (Planted p : planted) {
                // a later plant inserted inside this one breaks it; an intact one must be found
                if (tokens.subList(p.at(), p.at() + p.gram().size()).equals(p.gram())) {
                    assertTrue(candidates.contains(p.isShort() + "@" + p.at()),
                            (p.isShort() ? "short key" : "8-gram") + " planted at " + p.at() + " of " + tokens.size());
                }
            }
        }
    }

    private record Planted(int at, List<String> gram, boolean isShort) {
    }
}
