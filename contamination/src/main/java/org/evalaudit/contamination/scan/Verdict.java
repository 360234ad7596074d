package org.evalaudit.contamination.scan;

import java.util.Locale;

/** An item's contamination verdict under one preset. */
public enum Verdict {
    CLEAN, PARTIAL, DIRTY;

    /** Lower-case name as written in reports ("clean", "partial", "dirty"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
