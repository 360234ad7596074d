package org.evalaudit.core.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldMentionTest {
    private static final Item CAPITAL = Item.of("c", "Capital of France?", List.of("Rome", "Paris", "Berlin"), "B");
    private static final Item THOUSAND = Item.of("n", "How many?", List.of(), "1,000");
    private static final Item NEW_YORK = Item.of("p", "Which city?", List.of(), "New York");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c | The capital is Paris.            | true",
        "c | PARIS                            | true",
        "c | I like Parisian cafes            | false",
        "c | B                                | false",
        "n | so there are 1000 apples         | true",
        "n | so there are 1000.0 apples       | true",
        "n | 1,000                            | true",
        "n | there are 10000 apples           | false",
        "n | version v1000 shipped            | false",
        "p | it is new   york, surely         | true",
        "p | Newark, not York                 | false",
    })
    void findsTheGoldAsAWholePhraseOrTheSameNumber(String item, String response, boolean expected) {
        Item target = switch (item) {
            case "c" -> CAPITAL;
            case "n" -> THOUSAND;
            default -> NEW_YORK;
        };
        assertEquals(expected, GoldMention.of(target).statedIn(response), response);
    }

    @org.junit.jupiter.api.Test
    void noGoldOrNoResponseNeverMatches() {
        assertEquals(false, GoldMention.of(CAPITAL).statedIn(null));
        assertEquals(false, GoldMention.of(Item.of("x", "q", List.of("a", "b"), "Z")).statedIn("anything"));
        assertEquals(false, GoldMention.of(Item.of("x", "q", List.of(), null)).statedIn("anything"));
    }
}
