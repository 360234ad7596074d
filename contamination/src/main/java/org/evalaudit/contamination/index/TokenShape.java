package org.evalaudit.contamination.index;

import java.util.Arrays;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/**
 * What an index without stored text keeps besides the postings, so that a document's token sequence can
 * be rebuilt exactly ({@link RecoveredText}): its number of tokens, and the positions of tokens that were
 * one capital letter in the source (the matcher takes "Answer: B" as a leaked answer only for a capital
 * letter, and case is folded away in the postings). Recorded while the text is analysed for indexing
 * ({@link AnalysedText#shape()}).
 *
 * @param tokens canonical tokens in the text
 * @param capitals positions of tokens spanning one source char that is an upper-case letter, ascending
 */
record TokenShape(int tokens, int[] capitals) {

    /** The capitals' positions as deltas in Lucene's variable-length int format. */
    byte[] encodedCapitals() {
        byte[] buffer = new byte[5 * capitals.length];
        int length = 0;
        int previous = 0;
        for (int p : capitals) {
            int delta = p - previous;
            while ((delta & ~0x7F) != 0) {
                buffer[length++] = (byte) ((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            buffer[length++] = (byte) delta;
            previous = p;
        }
        return Arrays.copyOf(buffer, length);
    }

    static int[] decodeCapitals(BytesRef bytes) {
        if (bytes == null) {
            return new int[0];
        }
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int[] out = new int[bytes.length];
        int n = 0;
        int position = 0;
        while (!in.eof()) {
            position += in.readVInt();
            out[n++] = position;
        }
        return Arrays.copyOf(out, n);
    }
}
