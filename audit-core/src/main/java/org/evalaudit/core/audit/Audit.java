package org.evalaudit.core.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import org.evalaudit.core.io.InputError;

/**
 * Runs checks and collects their findings. A check that throws does not stop the audit: its failure
 * becomes an ERROR finding and the other checks still report. Findings come back in scorecard order
 * (by sin, then check id), so reports are deterministic whatever the class-path order.
 *
 * <p>The exception is an {@link InputError} (a bad record in an input a check reads itself, such as a
 * corpus): that is the user's input, not the check, failing, so it stops the audit like a bad benchmark
 * record does, and the command reports it by file, line and field without writing a report.
 */
public final class Audit {
    private final List<Check> checks;

    public Audit(List<Check> checks) {
        List<Check> sorted = new ArrayList<>(checks);
        sorted.sort(Comparator.comparing(Check::sin).thenComparing(Check::id));
        this.checks = List.copyOf(sorted);
    }

    /** Every check on the class path. */
    public static Audit discover() {
        List<Check> found = new ArrayList<>();
        ServiceLoader.load(Check.class).forEach(found::add);
        return new Audit(found);
    }

    /** The checks this audit runs. */
    public List<Check> checks() {
        return checks;
    }

    /** An audit of only the checks that match, e.g. the noise checks for {@code evalaudit noise}. */
    public Audit only(Predicate<Check> keep) {
        return new Audit(checks.stream().filter(keep).toList());
    }

    public List<Finding> run(AuditContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            findings.addAll(runOne(check, context));
        }
        return List.copyOf(findings);
    }

    private static List<Finding> runOne(Check check, AuditContext context) {
        try {
            List<Finding> out = check.run(context);
            return out == null ? List.of() : out;
        } catch (InputError e) {
            throw e;
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            return List.of(Finding.error(check.id(), check.sin(), e));
        }
    }
}
