package org.evalaudit.contamination.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.evalaudit.contamination.text.CanonicalTokenizer;
import org.evalaudit.core.model.Item;

/**
 * What a reviewer needs to judge a pair of overlapping items: the words in which their questions differ
 * (benchmarks hold deliberate variants, "n = 6" beside "n = 10", that are not duplicates) and whether
 * their gold answers name the same answer when the choices are reworded or reordered.
 */
public final class ItemComparison {
    /** Edits listed before the rest are only counted. */
    static final int SHOWN_EDITS = 3;
    /** Punctuation that changes no question ("in degrees Celsius," or not); other symbols count. */
    static final String PROSE_PUNCTUATION = ",.;:!?\"'`\u2018\u2019\u201c\u201d";
    /** Characters shown on either side of one edit. */
    static final int SHOWN_CHARS = 60;
    /** Above this many cells the differing middle of two long questions is shown as one edit. */
    static final long MAX_ALIGNMENT_CELLS = 4_000_000;
    /**
     * Two choices are the same answer when this share of their words line up: rewording keeps it above
     * 0.9, while "H3PO4 and H2PO4-" against "H3PO4 and H3PO3" is 0.67.
     */
    static final double SAME_CHOICE_SIMILARITY = 0.8;

    private ItemComparison() {
    }

    /**
     * The edits that turn {@code a}'s question into {@code b}'s, word by word with every symbol a word of
     * its own (in mathematics "J >> a" and "J << a" are different questions) except prose punctuation,
     * compared without case and shown in the questions' own text: {@code "6 → 10"}, {@code "+the"},
     * {@code "-not"}, joined by "; "; empty when the questions are the same up to case, spacing and
     * punctuation.
     */
    public static String questionDifference(Item a, Item b) {
        List<Word> x = words(a.question());
        List<Word> y = words(b.question());
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && x.get(prefix).same(y.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && x.get(x.size() - 1 - suffix).same(y.get(y.size() - 1 - suffix))) {
            suffix++;
        }
        x = x.subList(prefix, x.size() - suffix);
        y = y.subList(prefix, y.size() - suffix);
        if (x.isEmpty() && y.isEmpty()) {
            return "";
        }
        List<String> edits = new ArrayList<>();
        if ((long) x.size() * y.size() > MAX_ALIGNMENT_CELLS) {
            edits.add(edit(a.question(), x, b.question(), y));
        } else {
            int[][] common = commonSubsequence(x, y, Word::same);
            int i = 0;
            int j = 0;
            while (i < x.size() || j < y.size()) {
                int fromI = i;
                int fromJ = j;
                while ((i < x.size() || j < y.size()) && !(i < x.size() && j < y.size() && x.get(i).same(y.get(j)))) {
                    if (j == y.size() || (i < x.size() && common[i + 1][j] >= common[i][j + 1])) {
                        i++;
                    } else {
                        j++;
                    }
                }
                if (i > fromI || j > fromJ) {
                    edits.add(edit(a.question(), x.subList(fromI, i), b.question(), y.subList(fromJ, j)));
                }
                if (i < x.size() && j < y.size()) {
                    i++;
                    j++;
                }
            }
        }
        if (edits.size() > SHOWN_EDITS) {
            int more = edits.size() - SHOWN_EDITS;
            edits = new ArrayList<>(edits.subList(0, SHOWN_EDITS));
            edits.add("and " + more + " more");
        }
        return String.join("; ", edits);
    }

    /** A word (a run of letters and digits) or a symbol, folded for comparison, with its place in the text. */
    private record Word(String folded, int start, int end) {
        boolean same(Word other) {
            return folded.equals(other.folded);
        }
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int end = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            if (!Character.isWhitespace(c) && PROSE_PUNCTUATION.indexOf(c) < 0) {
                out.add(new Word(text.substring(i, end).toLowerCase(Locale.ROOT), i, end));
            }
            i = end;
        }
        return out;
    }

    /** {@code table[i][j]}: length of the longest common subsequence of {@code x[i..]} and {@code y[j..]}. */
    private static <T> int[][] commonSubsequence(List<T> x, List<T> y, BiPredicate<T, T> same) {
        int[][] table = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                table[i][j] = same.test(x.get(i), y.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }

    private static String edit(String textA, List<Word> removed, String textB, List<Word> added) {
        if (removed.isEmpty()) {
            return "+" + shown(textB, added);
        }
        if (added.isEmpty()) {
            return "-" + shown(textA, removed);
        }
        return shown(textA, removed) + " → " + shown(textB, added);
    }

    private static String shown(String text, List<Word> words) {
        String span = text.substring(words.get(0).start(), words.get(words.size() - 1).end()).replaceAll("\\s+", " ");
        return span.length() <= SHOWN_CHARS ? span : span.substring(0, SHOWN_CHARS) + "…";
    }

    /**
     * Whether the two golds are the same answer: for two multiple-choice items, {@code b}'s gold choice is
     * most like {@code a}'s gold among {@code a}'s choices (common word subsequence at least
     * {@value #SAME_CHOICE_SIMILARITY} of their words), so reordered or lightly reworded choices still agree
     * while "True, False" and "False, True" do not; otherwise the gold texts have the same words. Null when
     * either item has no gold.
     */
    public static Boolean sameGold(Item a, Item b) {
        String goldA = a.goldText();
        String goldB = b.goldText();
        if (goldA == null || goldB == null) {
            return null;
        }
        if (!a.isMultipleChoice() || !b.isMultipleChoice()) {
            return CanonicalTokenizer.tokens(goldA).equals(CanonicalTokenizer.tokens(goldB));
        }
        List<String> target = CanonicalTokenizer.tokens(goldB);
        int best = -1;
        double bestSimilarity = -1;
        for (int c = 0; c < a.choices().size(); c++) {
            double similarity = similarity(CanonicalTokenizer.tokens(a.choices().get(c)), target);
            if (similarity > bestSimilarity) {
                best = c;
                bestSimilarity = similarity;
            }
        }
        return best == a.goldIndex() && bestSimilarity >= SAME_CHOICE_SIMILARITY;
    }

    /**
     * The share of choices that have a counterpart in the other item (a choice whose words line up at
     * least {@value #SAME_CHOICE_SIMILARITY}), the smaller of the two directions, in any order: 1 when
     * neither item has choices, 0 when only one has.
     */
    public static double sharedChoices(Item a, Item b) {
        if (!a.isMultipleChoice() || !b.isMultipleChoice()) {
            return a.isMultipleChoice() == b.isMultipleChoice() ? 1 : 0;
        }
        List<List<String>> x = a.choices().stream().map(CanonicalTokenizer::tokens).toList();
        List<List<String>> y = b.choices().stream().map(CanonicalTokenizer::tokens).toList();
        return Math.min(counterparts(x, y), counterparts(y, x));
    }

    private static double counterparts(List<List<String>> from, List<List<String>> in) {
        int found = 0;
        for (List<String> choice : from) {
            if (in.stream().anyMatch(other -> similarity(choice, other) >= SAME_CHOICE_SIMILARITY)) {
                found++;
            }
        }
        return (double) found / from.size();
    }

    /** Twice the common subsequence over the total length: 1 for the same words in the same order. */
    private static double similarity(List<String> x, List<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        return 2.0 * commonSubsequence(x, y, String::equals)[0][0] / (x.size() + y.size());
    }
}
