package org.evalaudit.core.audit;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Options and threshold overrides of one audit, as strings keyed by dotted names
 * ({@code "sampling-noise.mde-warn-points"}, {@code "contamination.preset"}). Kept sorted so that the report records
 * them deterministically; every check reads its thresholds here with a documented default.
 *
 * <p>The values never change; what is remembered is which keys were asked for (by this instance and
 * its {@link #with} copies), so that a caller can warn about a value no check read: a misspelt
 * {@code --set} key would otherwise be ignored silently.
 */
public final class AuditOptions {
    private final Map<String, String> values;
    private final Set<String> asked;

    public AuditOptions(Map<String, String> values) {
        this(values, ConcurrentHashMap.newKeySet());
    }

    private AuditOptions(Map<String, String> values, Set<String> asked) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.asked = asked;
    }

    public static AuditOptions defaults() {
        return new AuditOptions(Map.of());
    }

    /** All values that were set explicitly, sorted by key. */
    public Map<String, String> values() {
        return values;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(ask(key), fallback);
    }

    public double getDouble(String key, double fallback) {
        return parse(key, fallback, Double::valueOf, "a number");
    }

    public int getInt(String key, int fallback) {
        return parse(key, fallback, Integer::valueOf, "an integer");
    }

    public long getLong(String key, long fallback) {
        return parse(key, fallback, Long::valueOf, "an integer");
    }

    private <T> T parse(String key, T fallback, Function<String, T> parser, String expected) {
        String v = values.get(ask(key));
        if (v == null) {
            return fallback;
        }
        try {
            return parser.apply(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be " + expected + ", got '" + v + "'", e);
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(ask(key));
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    /** A copy with one more value; keys asked of the copy count as asked of this instance too. */
    public AuditOptions with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new AuditOptions(copy, asked);
    }

    /** Every key asked for so far, set or not, sorted: what the checks that ran can read. */
    public Set<String> askedKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(asked));
    }

    private String ask(String key) {
        asked.add(key);
        return key;
    }
}
