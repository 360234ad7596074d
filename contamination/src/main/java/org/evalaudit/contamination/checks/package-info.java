/**
 * The audit checks of the contamination module, found by {@link java.util.ServiceLoader}:
 * {@code contamination} (sin +c), {@code near-duplicates} (sin 2) and {@code public-private-gap} (sin +g).
 */
package org.evalaudit.contamination.checks;
