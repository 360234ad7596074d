package org.evalaudit.contamination.scan;

import java.util.Arrays;

/**
 * Verified seed hits of one document, as parallel arrays: which item n-gram (or short key) matched the
 * document where, and whether it is boilerplate.
 */
final class SeedHits {
    int[] item = new int[16];
    int[] field = new int[16];
    int[] pos = new int[16];
    int[] docPos = new int[16];
    int[] length = new int[16];
    boolean[] boilerplate = new boolean[16];
    long[] key = new long[16];
    int size;

    void add(int anItem, int aField, int aPos, int aDocPos, int aLength, boolean isBoilerplate, long aKey) {
        if (size == item.length) {
            int capacity = size * 2;
            item = Arrays.copyOf(item, capacity);
            field = Arrays.copyOf(field, capacity);
            pos = Arrays.copyOf(pos, capacity);
            docPos = Arrays.copyOf(docPos, capacity);
            length = Arrays.copyOf(length, capacity);
            boilerplate = Arrays.copyOf(boilerplate, capacity);
            key = Arrays.copyOf(key, capacity);
        }
        key[size] = aKey;
        item[size] = anItem;
        field[size] = aField;
        pos[size] = aPos;
        docPos[size] = aDocPos;
        length[size] = aLength;
        boilerplate[size] = isBoilerplate;
        size++;
    }
}
