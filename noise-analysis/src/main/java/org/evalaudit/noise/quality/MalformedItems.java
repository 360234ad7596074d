package org.evalaudit.noise.quality;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;

/**
 * Finds items whose form is broken, whatever the models answered: see {@link Problem} for the kinds.
 * Rules are deliberately literal (a replacement character is always damage; a URL covering half the
 * question is not a question) so that every flag can be checked by eye.
 */
public final class MalformedItems {
    /** Default minimum number of characters of a question (after trimming). */
    public static final int DEFAULT_MIN_QUESTION_CHARS = 10;

    private MalformedItems() {
    }

    /** Malformed items in benchmark order. */
    public static List<MalformedItem> find(Benchmark benchmark, int minQuestionChars) {
        List<MalformedItem> out = new ArrayList<>();
        for (Item item : benchmark.items()) {
            Set<Problem> problems = problems(item, minQuestionChars);
            if (!problems.isEmpty()) {
                out.add(new MalformedItem(item.id(), new ArrayList<>(problems)));
            }
        }
        return List.copyOf(out);
    }

    /** The problems of one item, empty when it is well formed. */
    public static Set<Problem> problems(Item item, int minQuestionChars) {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        String question = item.question().strip();
        if (question.isEmpty()) {
            problems.add(Problem.EMPTY_QUESTION);
        } else if (question.codePointCount(0, question.length()) < minQuestionChars) {
            problems.add(Problem.SHORT_QUESTION);
        }
        if (TextPatterns.isUrl(question)) {
            problems.add(Problem.URL_INSTEAD_OF_QUESTION);
        } else if (TextPatterns.isCode(question)) {
            problems.add(Problem.CODE_INSTEAD_OF_QUESTION);
        }
        boolean replacement = question.indexOf(TextPatterns.REPLACEMENT) >= 0;
        boolean mojibake = TextPatterns.MOJIBAKE.matcher(question).find();
        Set<String> seen = new HashSet<>();
        for (String choice : item.choices()) {
            String c = choice == null ? "" : choice;
            replacement |= c.indexOf(TextPatterns.REPLACEMENT) >= 0;
            mojibake |= TextPatterns.MOJIBAKE.matcher(c).find();
            if (c.isBlank()) {
                problems.add(Problem.EMPTY_CHOICE);
            } else if (!seen.add(TextForms.exact(c))) {
                problems.add(Problem.REPEATED_CHOICES);
            }
        }
        if (replacement) {
            problems.add(Problem.REPLACEMENT_CHARACTER);
        }
        if (mojibake) {
            problems.add(Problem.MOJIBAKE);
        }
        if (item.isMultipleChoice() && item.goldIndex() < 0) {
            problems.add(Problem.GOLD_OUTSIDE_CHOICES);
        } else if (!item.isMultipleChoice() && (item.gold() == null || item.gold().isBlank())) {
            problems.add(Problem.MISSING_GOLD);
        }
        return problems;
    }
}
