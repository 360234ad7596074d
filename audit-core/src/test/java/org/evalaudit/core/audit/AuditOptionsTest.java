package org.evalaudit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditOptionsTest {

    @Test
    void remembersEveryKeyAskedForSetOrNotAlsoThroughCopies() {
        AuditOptions options = new AuditOptions(Map.of("a.rate", "0.5", "a.typo", "1"));
        assertEquals(0.5, options.getDouble("a.rate", 0.1));
        assertEquals(3, options.getInt("a.count", 3), "an unset key gives the default");
        options.with("b.flag", "true").getBoolean("b.flag", false);
        assertEquals(Set.of("a.count", "a.rate", "b.flag"), options.askedKeys());
        assertTrue(options.values().containsKey("a.typo"), "values are kept whether read or not");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheKey() {
        AuditOptions options = new AuditOptions(Map.of("a.seed", "x1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> options.getLong("a.seed", 0));
        assertEquals("option a.seed must be an integer, got 'x1'", e.getMessage());
    }
}
