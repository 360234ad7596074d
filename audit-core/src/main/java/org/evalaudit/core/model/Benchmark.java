package org.evalaudit.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The items of one benchmark, in input order, with lookup by id. Ids may repeat (a structure finding). */
public final class Benchmark {
    private final String name;
    private final List<Item> items;
    private final Map<String, Item> byId;

    public Benchmark(String name, List<Item> items) {
        this.name = name;
        this.items = List.copyOf(items);
        Map<String, Item> index = new LinkedHashMap<>();
        for (Item item : this.items) {
            index.putIfAbsent(item.id(), item);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    public String name() {
        return name;
    }

    public List<Item> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    /** The first item with this id. */
    public Optional<Item> item(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }
}
