/**
 * The checks that live in audit-core, found by {@link java.util.ServiceLoader}: item structure and
 * answer-position bias (sin 2), metric complexity (sin 3), run cost (sin 4), meaningful task from the
 * benchmark card (sin 5) and grading (sin 6). {@link org.evalaudit.core.checks.Texts} (wording) and
 * {@link org.evalaudit.core.checks.RepeatedResponses} are public for the checks of other modules. Each reads its thresholds from {@link
 * org.evalaudit.core.audit.AuditOptions} under keys named in its Javadoc, with the defaults given there.
 */
package org.evalaudit.core.checks;
