package org.evalaudit.contamination.ngram;

/**
 * One benchmark item as the matcher sees it: the low 32 bits of the canonical term hash of every token,
 * per field. {@code fields[0]} is the question, {@code fields[1..choices]} the choices, and, for a
 * free-form item with a gold answer, the last field is that answer. Low 32 bits suffice here because
 * tokens are only compared inside a small alignment window (a chance equality is about 1 in 4 billion
 * per comparison), and they halve the index's largest array.
 *
 * @param fields tokens per field
 * @param choices number of choice fields
 * @param answerField index of the free-form answer field, or -1
 * @param substringHashes hashes of the item's sampled letter-and-digit substrings (the gpt4 preset)
 * @param substringLength length in chars of those substrings
 * @param numbers bit set over the item's token slots (fields one after another) of the tokens that
 *     contain a digit: the same template with other numbers is another item
 */
public record ItemText(int[][] fields, int choices, int answerField, long[] substringHashes, int substringLength,
                       long[] numbers) {

    /** Whether token {@code position} of field {@code field} contains a digit. */
    public boolean isNumber(int field, int position) {
        int slot = position;
        for (int f = 0; f < field; f++) {
            slot += fields[f].length;
        }
        int word = slot >>> 6;
        return word < numbers.length && (numbers[word] & (1L << slot)) != 0;
    }

    public int[] question() {
        return fields[0];
    }

    /** Tokens of the question and all choices. */
    public int questionAndChoiceTokens() {
        int n = fields[0].length;
        for (int c = 1; c <= choices; c++) {
            n += fields[c].length;
        }
        return n;
    }

    long memoryBytes() {
        long bytes = 56 + 16L * fields.length + 8L * substringHashes.length + 8L * numbers.length;
        for (int[] f : fields) {
            bytes += 16 + 4L * f.length;
        }
        return bytes;
    }
}
