package org.evalaudit.core.audit;

import java.util.List;

/**
 * One audit check. Implementations are stateless, listed in
 * {@code META-INF/services/org.evalaudit.core.audit.Check}, and return NOT_ASSESSED findings (never
 * guesses) when their inputs are missing.
 */
public interface Check {

    /** Stable id, e.g. {@code "sampling-noise"}; prefixes the ids of its findings. */
    String id();

    /** The sin this check speaks to (the scorecard row). */
    Sin sin();

    /** Runs the check. Exceptions are caught by {@link Audit} and become an ERROR finding. */
    List<Finding> run(AuditContext context) throws Exception;
}
