package org.evalaudit.contamination.ngram;

/**
 * Where an n-gram occurs in the benchmark, packed in a long so the posting table is one primitive
 * array: item number (31 bits), field (8 bits: 0 question, 1.. choices, then the free-form answer) and
 * token position within the field (24 bits).
 */
public final class Posting {
    public static final int MAX_FIELDS = 255;
    public static final int MAX_POSITION = (1 << 24) - 1;

    private Posting() {
    }

    public static long pack(int item, int field, int position) {
        return ((long) item << 32) | ((long) field << 24) | position;
    }

    public static int item(long posting) {
        return (int) (posting >>> 32);
    }

    public static int field(long posting) {
        return (int) (posting >>> 24) & 0xff;
    }

    public static int position(long posting) {
        return (int) posting & MAX_POSITION;
    }
}
