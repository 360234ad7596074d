package org.evalaudit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An interned table of names (items, models, templates) numbered 0..size-1 in first-seen order, so that
 * results can refer to them by int.
 */
public final class Names {
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private boolean frozen;

    /** The number of the name, adding it when new. */
    public int intern(String name) {
        Integer existing = index.get(name);
        if (existing != null) {
            return existing;
        }
        if (frozen) {
            throw new IllegalStateException("names are frozen");
        }
        int next = names.size();
        names.add(name);
        index.put(name, next);
        return next;
    }

    /** The number of the name, or -1. */
    public int indexOf(String name) {
        Integer existing = index.get(name);
        return existing == null ? -1 : existing;
    }

    public String get(int number) {
        return names.get(number);
    }

    public int size() {
        return names.size();
    }

    public List<String> list() {
        return Collections.unmodifiableList(names);
    }

    Names freeze() {
        frozen = true;
        return this;
    }
}
