package org.evalaudit.contamination.text;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The canonical tokenizer as a Lucene {@link Tokenizer}: reads the input in chunks, pushes them through
 * the same {@link CanonicalTokenizer} the scanner uses, and hands out the queued tokens one by one. Term
 * text and offsets are exactly those of the fast path; position increments are always 1.
 */
public final class CanonicalLuceneTokenizer extends Tokenizer {
    private static final int CHUNK = 4096;

    private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
    private final CanonicalTokenizer core = new CanonicalTokenizer();
    private final TokenQueue queue = new TokenQueue();
    private final char[] buffer = new char[CHUNK];
    private boolean inputDone;

    public CanonicalLuceneTokenizer() {
    }

    public CanonicalLuceneTokenizer(AttributeFactory factory) {
        super(factory);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (queue.isEmpty()) {
            if (inputDone) {
                return false;
            }
            int read = input.read(buffer, 0, buffer.length);
            if (read < 0) {
                core.end(queue);
                inputDone = true;
            } else {
                core.push(buffer, 0, read, queue);
            }
        }
        int next = queue.head();
        termAttribute.copyBuffer(queue.chars(), queue.termStart(next), queue.termLength(next));
        offsetAttribute.setOffset(correctOffset(queue.startOffset(next)), correctOffset(queue.endOffset(next)));
        queue.advance();
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(core.offset());
        offsetAttribute.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        core.reset();
        queue.clear();
        inputDone = false;
    }
}
