package org.evalaudit.core.grading;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evalaudit.core.model.Item;

/**
 * Normalises, compares and extracts answers. Readers use it to derive a missing score from the answer and
 * the gold; the grading check (sin 6) uses it to re-grade raw outputs strictly and leniently and to count
 * the outputs the two disagree on. Keeping both in one place means a score derived while reading and a
 * score re-derived by a check can never disagree about what "the same answer" is.
 *
 * <p>Normal form ({@link #normalize}): Unicode NFKC, whitespace runs collapsed to one space, surrounding
 * punctuation stripped, then
 * <ul>
 *   <li>a number becomes its canonical decimal: {@code 1,000} = {@code 1000.0} = {@code $1000} -> {@code 1000},
 *       {@code -0.50} -> {@code -0.5};</li>
 *   <li>a single letter becomes upper case: {@code (b)}, {@code B)}, {@code B.} -> {@code B};</li>
 *   <li>anything else is lower-cased ({@code Locale.ROOT}).</li>
 * </ul>
 * Null or blank input (and input made only of punctuation) normalises to null: an abstention.
 */
public final class AnswerMatcher {
    /** Strict grading accepts a free-form answer of at most this many words ("New York City"). */
    public static final int STRICT_MAX_WORDS = 3;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u0085\\u2028\\u2029]+");
    private static final String SIGN = "[+\\-\\u2212]";
    /** A whole string that is a number: sign, currency symbol, digits with thousands commas, fraction. */
    private static final Pattern NUMBER = Pattern.compile(
            "(" + SIGN + "?)\\p{Sc}?(" + SIGN + "?)(?:(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?|(\\.\\d+))");
    /** Where stripping leading punctuation must stop, so that "-5", "$5" and ".5" keep their meaning. */
    private static final Pattern NUMBER_START = Pattern.compile(SIGN + "?\\p{Sc}?" + SIGN + "?\\.?\\d");
    /** A number inside running text; not a digit run glued to a word ("H2O", "v1.2") nor a date part. */
    private static final Pattern NUMBER_IN_TEXT = Pattern.compile(
            "(?<![\\w.])" + SIGN + "?\\p{Sc}?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?<![\\w.])\\.\\d+");
    private static final String ANSWER_CONNECTOR = "(?:\\s+(?:is|would\\s+be|should\\s+be|will\\s+be)\\b)";
    /** "the answer is (B)", "Answer: B", "correct option: **C**": the letter in one of three groups. */
    private static final Pattern ANSWER_LETTER = Pattern.compile(
            "(?i:\\b(?:answer|option|choice)\\b" + ANSWER_CONNECTOR + "?\\s*[:=]?\\s*(?:option\\s+|choice\\s+)?)"
                    + "[*_]*(?:\\(\\s*([A-Za-z])\\s*\\)|\\[\\s*([A-Za-z])\\s*]|([A-Z])(?![\\p{L}\\p{N}]))");
    /** "the answer is Paris." / "Answer: 42": everything after the connector up to the end of the line. */
    private static final Pattern ANSWER_TAIL = Pattern.compile(
            "(?i)\\b(?:answer|option|choice)\\b(?:" + ANSWER_CONNECTOR + "\\s*[:=]?|\\s*[:=])[ \\t]*([^\\n]+)");
    /** An answer statement closing a line: "..., so the answer is (B).", "Answer: 42", "#### 42". */
    private static final Pattern CLOSING_STATEMENT = Pattern.compile(
            "(?i)(?:^|[\\s,.;:])(?:final\\s+|correct\\s+)?answer(?:\\s+is|\\s*:)\\s*([^\\s].*?)\\s*$"
                    + "|####\\s*(.+?)\\s*$");
    private static final Pattern FINAL_MARK = Pattern.compile("####[ \\t]*([^\\n]*)");
    private static final Pattern BOXED = Pattern.compile("\\\\boxed\\{([^{}]*)}");
    /** "B) Paris", "(C). because": a choice letter opening the output. */
    private static final Pattern LEADING_LETTER = Pattern.compile("^\\s*[(\\[]?([A-Z])[)\\].:](?:\\s|$)");
    private static final Pattern PARENTHESISED_LETTER = Pattern.compile("\\(([A-Z])\\)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?:\\s|$)");

    private AnswerMatcher() {
    }

    /** The normal form described in the class comment; null for an abstention. */
    public static String normalize(String answer) {
        if (answer == null) {
            return null;
        }
        if (answer.length() == 1 && answer.charAt(0) < 128 && Character.isLetter(answer.charAt(0))) {
            return String.valueOf(Character.toUpperCase(answer.charAt(0)));
        }
        String s = Normalizer.isNormalized(answer, Normalizer.Form.NFKC)
                ? answer : Normalizer.normalize(answer, Normalizer.Form.NFKC);
        s = stripSurroundingPunctuation(WHITESPACE.matcher(s).replaceAll(" "));
        if (s.isEmpty()) {
            return null;
        }
        String number = canonicalNumber(s);
        if (number != null) {
            return number;
        }
        if (s.codePointCount(0, s.length()) == 1 && Character.isLetter(s.codePointAt(0))) {
            return s.toUpperCase(Locale.ROOT);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code answer} is the item's gold: equal normal forms, or, for a multiple-choice item, the
     * answer is the text of the gold choice. An abstention or an item without gold never matches.
     */
    public static boolean matches(String answer, Item item) {
        String normalized = normalize(answer);
        if (normalized == null || item == null) {
            return false;
        }
        if (normalized.equals(normalize(item.gold()))) {
            return true;
        }
        String goldText = item.isMultipleChoice() ? item.goldText() : null;
        return goldText != null && normalized.equals(normalize(goldText));
    }

    /**
     * Lenient extraction from a raw model output, in normal form; null when nothing is parseable.
     *
     * <p>Multiple-choice items (valid letters are A up to the number of choices), first rule that applies:
     * the whole output is a letter ({@code "(b)"}) or the text of exactly one choice; the text after the
     * last {@code ####}; the last "answer/option/choice is X" or "Answer: X" phrase with a valid letter or a
     * choice's text; the last line that is only a letter; a letter opening the output ({@code "B) Paris"});
     * the only distinct parenthesised letter ({@code "I pick (C)"}).
     *
     * <p>Free-form items (or no item): the text after the last {@code ####} (its last number, else the
     * text); the last {@code \boxed{X}} as a whole ({@code 3/4} stays {@code 3/4});
     * the last "answer is X" / "Answer: X" phrase (its last number, else its first sentence); the last
     * number in the text; a one-line output as a whole.
     */
    public static String extractLenient(String rawResponse, Item item) {
        if (rawResponse == null || rawResponse.isBlank()) {
            return null;
        }
        return item != null && item.isMultipleChoice()
                ? extractChoice(rawResponse, item.choices())
                : extractFreeForm(rawResponse);
    }

    /**
     * Strict extraction, in the spirit of lm-evaluation-harness's "strict-match" filter: the answer must be
     * given in the expected form, either as the whole output (a valid choice letter for multiple choice; a
     * single line of at most {@value #STRICT_MAX_WORDS} words, e.g. a number, for free-form items) or as a
     * closing statement on the last line ({@code "The answer is (B)."}, {@code "Answer: 42"},
     * {@code "#### 42"}). Anything looser (a choice's text, a letter inside reasoning, the last number in
     * the text) is left to {@link #extractLenient}; the grading check counts where the two disagree.
     */
    public static String extractStrict(String rawResponse, Item item) {
        String normalized = normalize(rawResponse);
        if (normalized == null) {
            return null;
        }
        boolean multipleChoice = item != null && item.isMultipleChoice();
        String whole = multipleChoice ? (isChoiceLetter(normalized, item.choices().size()) ? normalized : null)
                : shortSingleLine(rawResponse, normalized);
        if (whole != null) {
            return whole;
        }
        Matcher closing = CLOSING_STATEMENT.matcher(lastNonBlankLine(rawResponse));
        if (!closing.find()) {
            return null;
        }
        String stated = normalize(closing.group(1) != null ? closing.group(1) : closing.group(2));
        if (multipleChoice) {
            return isChoiceLetter(stated, item.choices().size()) ? stated : null;
        }
        return stated != null && stated.split(" ").length <= STRICT_MAX_WORDS ? stated : null;
    }

    private static String shortSingleLine(String raw, String normalized) {
        if (raw.strip().indexOf('\n') >= 0) {
            return null;
        }
        return normalized.split(" ").length <= STRICT_MAX_WORDS ? normalized : null;
    }

    private static String lastNonBlankLine(String raw) {
        String[] lines = raw.strip().split("\n");
        return lines[lines.length - 1];
    }

    /**
     * The gold of a GSM8K-style solution: the text after the last {@code ####} on its line, trimmed
     * ({@code "...so she has 72 #### 72"} -> {@code "72"}); null when there is no {@code ####} or nothing after it.
     */
    public static String goldFromSolution(String answerText) {
        if (answerText == null) {
            return null;
        }
        int mark = answerText.lastIndexOf("####");
        if (mark < 0) {
            return null;
        }
        String tail = answerText.substring(mark + 4);
        int newline = tail.indexOf('\n');
        tail = (newline < 0 ? tail : tail.substring(0, newline)).strip();
        return tail.isEmpty() ? null : tail;
    }

    /**
     * The letter of the one choice whose normal form equals that of {@code text} ({@code "rome."} among
     * Paris, London, Rome -> {@code C}); null when none or several choices match.
     */
    public static String letterOfChoice(String text, List<String> choices) {
        String normalized = normalize(text);
        if (normalized == null) {
            return null;
        }
        String letter = null;
        for (int i = 0; i < choices.size(); i++) {
            if (normalized.equals(normalize(choices.get(i)))) {
                if (letter != null) {
                    return null;
                }
                letter = Item.letter(i);
            }
        }
        return letter;
    }

    /** Whether {@code s} is an upper-case letter naming one of {@code choiceCount} choices (A, B, ...). */
    public static boolean isChoiceLetter(String s, int choiceCount) {
        return s != null && s.length() == 1 && s.charAt(0) >= 'A' && s.charAt(0) < 'A' + choiceCount;
    }

    private static String extractChoice(String raw, List<String> choices) {
        int count = choices.size();
        String whole = normalize(raw);
        if (isChoiceLetter(whole, count)) {
            return whole;
        }
        String byText = letterOfChoice(whole, choices);
        if (byText != null) {
            return byText;
        }
        String marked = lastGroup(FINAL_MARK.matcher(raw));
        if (marked != null) {
            String letterOrText = letterOrChoiceText(marked, choices);
            if (letterOrText != null) {
                return letterOrText;
            }
        }
        String phrase = lastAnswerPhrase(raw, choices);
        if (phrase != null) {
            return phrase;
        }
        String line = lastLetterLine(raw, count);
        if (line != null) {
            return line;
        }
        Matcher leading = LEADING_LETTER.matcher(raw);
        if (leading.find() && isChoiceLetter(leading.group(1), count)) {
            return leading.group(1);
        }
        return onlyParenthesisedLetter(raw, count);
    }

    private static String lastAnswerPhrase(String raw, List<String> choices) {
        int count = choices.size();
        String found = null;
        int foundAt = -1;
        Matcher letter = ANSWER_LETTER.matcher(raw);
        while (letter.find()) {
            String candidate = normalize(firstNonNull(letter.group(1), letter.group(2), letter.group(3)));
            if (isChoiceLetter(candidate, count)) {
                found = candidate;
                foundAt = letter.start();
            }
        }
        Matcher tail = ANSWER_TAIL.matcher(raw);
        while (tail.find()) {
            if (tail.start() > foundAt) {
                String candidate = letterOrChoiceText(tail.group(1), choices);
                if (candidate != null) {
                    found = candidate;
                    foundAt = tail.start();
                }
            }
        }
        return found;
    }

    private static String letterOrChoiceText(String text, List<String> choices) {
        String normalized = normalize(text);
        if (isChoiceLetter(normalized, choices.size())) {
            return normalized;
        }
        String byText = letterOfChoice(normalized, choices);
        return byText != null ? byText : letterOfChoice(firstSentence(text), choices);
    }

    private static String lastLetterLine(String raw, int count) {
        String[] lines = raw.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String normalized = normalize(lines[i]);
            if (isChoiceLetter(normalized, count)) {
                return normalized;
            }
        }
        return null;
    }

    private static String onlyParenthesisedLetter(String raw, int count) {
        String only = null;
        Matcher m = PARENTHESISED_LETTER.matcher(raw);
        while (m.find()) {
            String letter = m.group(1);
            if (!isChoiceLetter(letter, count)) {
                continue;
            }
            if (only != null && !only.equals(letter)) {
                return null;
            }
            only = letter;
        }
        return only;
    }

    private static String extractFreeForm(String raw) {
        String marked = lastGroup(FINAL_MARK.matcher(raw));
        if (marked != null && !marked.isBlank()) {
            return numberOrText(marked);
        }
        String boxed = lastGroup(BOXED.matcher(raw));
        if (boxed != null && !boxed.isBlank()) {
            return normalize(boxed);
        }
        String phrase = lastGroup(ANSWER_TAIL.matcher(raw));
        if (phrase != null) {
            String sentence = firstSentence(phrase);
            String number = lastNumber(sentence);
            String answer = number != null ? number : normalize(sentence);
            if (answer != null) {
                return answer;
            }
        }
        String number = lastNumber(raw);
        if (number != null) {
            return number;
        }
        return raw.strip().indexOf('\n') < 0 ? normalize(raw) : null;
    }

    private static String numberOrText(String text) {
        String number = lastNumber(text);
        return number != null ? number : normalize(text);
    }

    private static String lastNumber(String text) {
        String last = lastGroup0(NUMBER_IN_TEXT.matcher(text));
        return last == null ? null : canonicalNumber(last);
    }

    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    private static String lastGroup(Matcher m) {
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    private static String lastGroup0(Matcher m) {
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        return last;
    }

    private static String firstNonNull(String a, String b, String c) {
        return a != null ? a : b != null ? b : c;
    }

    private static String stripSurroundingPunctuation(String s) {
        int start = 0;
        int end = s.length();
        Matcher numberStart = NUMBER_START.matcher(s);
        while (start < end) {
            int cp = s.codePointAt(start);
            if (Character.isLetterOrDigit(cp) || numberStart.region(start, end).lookingAt()) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = s.codePointBefore(end);
            if (Character.isLetterOrDigit(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** The canonical decimal of a string that is wholly a number, else null. */
    private static String canonicalNumber(String s) {
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return null;
        }
        boolean negative = isMinus(m.group(1)) ^ isMinus(m.group(2));
        String digits = m.group(3) != null
                ? m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4))
                : "0" + m.group(5);
        BigDecimal value = new BigDecimal(digits);
        if (value.signum() == 0) {
            return "0";
        }
        return (negative ? value.negate() : value).stripTrailingZeros().toPlainString();
    }

    private static boolean isMinus(String sign) {
        return "-".equals(sign) || "\u2212".equals(sign);
    }
}
