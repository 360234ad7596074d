/**
 * Measurement mains (not tests) for the audit-core checks and the report writer: run them with
 * {@code java -cp <audit-core classes and dependencies> org.evalaudit.core.checks.bench.CoreChecksBench}.
 */
package org.evalaudit.core.checks.bench;
