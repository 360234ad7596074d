package org.evalaudit.core.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Options and threshold overrides of one audit, as strings keyed by dotted names
 * ({@code "sampling-noise.mde-warn-points"}, {@code "contamination.preset"}). Kept sorted so that the report records
 * them deterministically; every check reads its thresholds here with a documented default.
 */
public final class AuditOptions {
    private final Map<String, String> values;

    public AuditOptions(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static AuditOptions defaults() {
        return new AuditOptions(Map.of());
    }

    /** All values that were set explicitly, sorted by key. */
    public Map<String, String> values() {
        return values;
    }

    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be a number, got '" + v + "'", e);
        }
    }

    public int getInt(String key, int fallback) {
        String v = values.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option " + key + " must be an integer, got '" + v + "'", e);
        }
    }

    public long getLong(String key, long fallback) {
        String v = values.get(key);
        return v == null ? fallback : Long.parseLong(v.trim());
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = values.get(key);
        return v == null ? fallback : Boolean.parseBoolean(v.trim());
    }

    /** A copy with one more value. */
    public AuditOptions with(String key, String value) {
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new AuditOptions(copy);
    }
}
