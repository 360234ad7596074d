package org.evalaudit.noise.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.core.model.Item;
import org.junit.jupiter.api.Test;

class TextCuesTest {
    private static Set<Cue> cues(String question, String... choices) {
        return TextCues.of(new Item("i", question, List.of(choices), "A", null, null, null, Map.of()));
    }

    @Test
    void findsNegationsAllOrNoneChoicesNearIdenticalChoicesAndDamage() {
        assertEquals(Set.of(), cues("Which of these is a mammal?", "cat", "trout", "eagle", "frog"));
        assertEquals(EnumSet.of(Cue.NEGATION), cues("All of these are mammals EXCEPT", "cat", "dog", "cow", "trout"));
        assertEquals(EnumSet.of(Cue.NEGATION), cues("Which is NOT a mammal?", "cat", "dog", "cow", "trout"));
        assertEquals(Set.of(), cues("Which is not a mammal?", "cat", "dog", "cow", "trout"),
                "only the capitalised test-writing NOT counts; lower-case 'not' is ordinary prose");
        assertEquals(EnumSet.of(Cue.ALL_OR_NONE_OF_THE_ABOVE), cues("Which are mammals?", "cat", "dog",
                "All of the above", "None of these"));
        assertEquals(EnumSet.of(Cue.NEAR_IDENTICAL_CHOICES), cues("Where is chlorophyll?", "The cell wall.",
                "the cell-wall", "nucleus", "chloroplast"));
        assertEquals(EnumSet.of(Cue.DAMAGED_ENCODING), cues("Which caf\u00c3\u00a9?", "a", "b", "c", "d"));
        assertEquals(EnumSet.of(Cue.URL_OR_CODE), cues("http://example.com/q/17", "a", "b", "c", "d"));
    }
}
