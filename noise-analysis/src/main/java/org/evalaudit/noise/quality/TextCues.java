package org.evalaudit.noise.quality;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.evalaudit.core.model.Item;

/**
 * The {@link Cue}s of an item's text. Negation follows the usual test-writing definition (a stem that asks
 * for the one option that is NOT, EXCEPT, LEAST or FALSE); near-identical choices compare the choices with
 * case, spacing and punctuation removed ({@link TextForms#loose}).
 */
public final class TextCues {
    private static final Pattern NEGATION = Pattern.compile("\\b(?:NOT|EXCEPT|LEAST|FALSE)\\b|(?i:\\bexcept\\b)");
    private static final Pattern ALL_OR_NONE = Pattern.compile(
            "(?i)^\\s*(?:(?:all|none|both|neither)\\s+of\\s+(?:the\\s+)?(?:above|these|them)|both|neither)\\b");

    private TextCues() {
    }

    public static Set<Cue> of(Item item) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        String question = item.question();
        if (NEGATION.matcher(question).find()) {
            cues.add(Cue.NEGATION);
        }
        Set<String> loose = new HashSet<>();
        boolean damaged = TextPatterns.hasDamagedEncoding(question);
        for (String choice : item.choices()) {
            String c = choice == null ? "" : choice;
            if (ALL_OR_NONE.matcher(c).find()) {
                cues.add(Cue.ALL_OR_NONE_OF_THE_ABOVE);
            }
            String form = TextForms.loose(c);
            if (!form.isEmpty() && !loose.add(form)) {
                cues.add(Cue.NEAR_IDENTICAL_CHOICES);
            }
            damaged |= TextPatterns.hasDamagedEncoding(c);
        }
        if (damaged) {
            cues.add(Cue.DAMAGED_ENCODING);
        }
        if (TextPatterns.isUrl(question) || TextPatterns.isCode(question)) {
            cues.add(Cue.URL_OR_CODE);
        }
        return cues;
    }
}
