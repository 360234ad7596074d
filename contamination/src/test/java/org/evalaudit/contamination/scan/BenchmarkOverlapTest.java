package org.evalaudit.contamination.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.contamination.testing.DevData;
import org.evalaudit.core.io.BenchmarkReader;
import org.evalaudit.core.io.ErrorPolicy;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.testing.SharedData;
import org.junit.jupiter.api.Test;

class BenchmarkOverlapTest {

    @Test
    void findsTestItemsInATrainingSplitEvenReworded() {
        Benchmark test = new Benchmark("test", List.of(
                Item.of("t1", "Which planet in the solar system has the longest day measured in Earth hours?",
                        List.of("Venus", "Mars"), "A"),
                Item.of("t2", "What is the chemical symbol of the element with atomic number seventy nine?",
                        List.of("Au", "Ag"), "A")));
        Benchmark train = new Benchmark("train", List.of(
                Item.of("r1", "Which planet of the solar system has the longest day measured in Earth hours?",
                        List.of("Venus", "Jupiter"), "B"),
                Item.of("r2", "Name a noble gas that glows orange in discharge tubes used for signs.", List.of(), "neon")));
        List<DuplicatePair> pairs = BenchmarkOverlap.between(test, train);
        assertEquals(1, pairs.size());
        DuplicatePair p = pairs.get(0);
        assertEquals("r1", p.itemA());
        assertEquals("t1", p.itemB());
        assertTrue(p.coverage() > 0.9);
        assertEquals(false, p.sameGold(), "Jupiter is not Venus");
    }

    @Test
    void itemsThatShareAPassageOrAStemButNotTheirChoicesAreNotDuplicates() {
        String passage = "This question refers to the following information. The committee met in the spring of "
                + "that year to settle the boundaries of the new county, and after long debate the members agreed "
                + "that the river would mark its western edge while the old post road would mark the eastern one. ";
        String stem = "Which of the following is a characteristic of monopolistic competition?";
        Benchmark benchmark = new Benchmark("b", List.of(
                Item.of("p1", passage + "Which body met in the spring?", List.of("The committee", "The court", "The army"), "A"),
                Item.of("p2", passage + "What marked the western edge?", List.of("A river", "A road", "A wall"), "A"),
                Item.of("s1", stem, List.of("Excess capacity.", "Very few competitors.", "Pricing at minimum cost."), "A"),
                Item.of("s2", stem, List.of("Price above marginal cost.", "Efficiency.", "Mostly price competition."), "A")));
        assertEquals(List.of(), BenchmarkOverlap.within(benchmark));
    }

    @Test
    void theSameQuestionWithReorderedChoicesPairsAndComparesTheGoldTexts() {
        String saturn = "Why is Saturn almost as big as Jupiter despite its smaller mass and lower density today?";
        List<String> planets = List.of("Jupiter's greater mass compresses it more.", "Saturn has more hydrogen and helium.",
                "Jupiter's magnetic field constrains its size.", "Saturn is further from the Sun and cooler.");
        String comets = "What is the source of the material that causes the meteor showers seen from Earth each year?";
        List<String> sources = List.of("Disintegrating comet nuclei.", "Asteroid impacts on the Moon.",
                "Sand blown from Mars.", "Dust left over from the formation of the Sun.");
        Benchmark benchmark = new Benchmark("b", List.of(
                Item.of("a", saturn, planets, "A"),
                Item.of("b", saturn, List.of(planets.get(3), planets.get(1), planets.get(2), planets.get(0)), "D"),
                Item.of("c", comets, sources, "A"),
                Item.of("d", comets, List.of(sources.get(1), sources.get(0), sources.get(2), sources.get(3)), "A")));
        List<DuplicatePair> pairs = BenchmarkOverlap.within(benchmark);
        assertEquals(List.of("a:b", "c:d"), pairs.stream().map(p -> p.itemA() + ":" + p.itemB()).toList());
        assertEquals(List.of(true, false), pairs.stream().map(DuplicatePair::sameGold).toList(),
                "b's D is a's A; d's A is another answer than c's A");
        assertTrue(pairs.stream().allMatch(DuplicatePair::sameQuestion));
    }

    @Test
    void aQuestionAskedThreeTimesWithItsChoicesReorderedGivesThreePairs() {
        String question = "Which gas makes up most of the atmosphere of the planet Venus according to probe measurements?";
        List<String> gases = List.of("Carbon dioxide", "Nitrogen", "Sulfuric acid vapour", "Argon");
        Benchmark benchmark = new Benchmark("b", List.of(
                Item.of("a", question, gases, "A"),
                Item.of("b", question, List.of(gases.get(1), gases.get(0), gases.get(2), gases.get(3)), "B"),
                Item.of("c", question, List.of(gases.get(3), gases.get(2), gases.get(1), gases.get(0)), "B")));
        List<DuplicatePair> pairs = BenchmarkOverlap.within(benchmark);
        assertEquals(List.of("a:b", "a:c", "b:c"), pairs.stream().map(p -> p.itemA() + ":" + p.itemB()).toList());
        assertEquals(List.of(true, false, false), pairs.stream().map(DuplicatePair::sameGold).toList(),
                "c's B is sulfuric acid vapour");
    }

    @Test
    void devBenchmarkAgainstItselfPairsOnlyRealRepeats() {
        Benchmark dev = DevData.benchmark();
        List<DuplicatePair> pairs = BenchmarkOverlap.within(dev);
        System.out.println("near-duplicate pairs in contamination-dev: " + pairs.size());
        for (DuplicatePair p : pairs) {
            System.out.println("  " + p);
            assertTrue(p.coverage() >= Verdicts.DIRTY_COVERAGE);
            assertTrue(!p.itemA().equals(p.itemB()));
        }
        assertEquals(pairs.size(), pairs.stream().map(p -> p.itemA() + p.itemB()).distinct().count());
    }

    /**
     * MMLU-Redux's dev subjects hold reading passages shared by several questions (high_school_us_history)
     * and deliberate variants ("n = 6" and "n = 10"); only the second kind may pair, with its difference named.
     */
    @Test
    void mmluReduxPassagesNeverPairAndVariantsNameTheirDifference() {
        Benchmark redux = BenchmarkReader.read(SharedData.require("mmlu-redux-dev/items.jsonl"), null, ErrorPolicy.FAIL).value();
        List<DuplicatePair> pairs = BenchmarkOverlap.within(redux);
        assertTrue(pairs.stream().noneMatch(p -> p.itemA().contains("us_history")), pairs.toString());
        DuplicatePair variant = pairs.stream().filter(p -> p.itemA().endsWith("abstract_algebra/034")).findFirst().orElseThrow();
        assertEquals("6 → 10", variant.questionDifference());
        assertEquals(false, variant.sameGold());
        DuplicatePair saturn = pairs.stream().filter(p -> p.itemA().endsWith("astronomy/051")).findFirst().orElseThrow();
        assertTrue(saturn.sameQuestion());
        assertEquals(true, saturn.sameGold());
    }
}
