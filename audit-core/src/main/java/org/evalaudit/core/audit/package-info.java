/**
 * The check contract and the runner. A {@link org.evalaudit.core.audit.Check} turns an {@link
 * org.evalaudit.core.audit.AuditContext} into {@link org.evalaudit.core.audit.Finding}s; checks are found
 * with {@link java.util.ServiceLoader} so that adding one needs no change to {@link
 * org.evalaudit.core.audit.Audit}.
 */
package org.evalaudit.core.audit;
