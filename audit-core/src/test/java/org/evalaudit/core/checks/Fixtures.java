package org.evalaudit.core.checks;

import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.AuditOptions;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.BenchmarkCard;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;

/** Small hand-built benchmarks and results for the check tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Item mc(String id, String gold) {
        return Item.of(id, "Question " + id + "?", List.of("alpha", "beta", "gamma", "delta"), gold);
    }

    static Item free(String id, String gold) {
        return Item.of(id, "What is " + id + "?", List.of(), gold);
    }

    static Benchmark benchmark(Item... items) {
        return new Benchmark("test", List.of(items));
    }

    static AuditContext context(Benchmark benchmark, Results results) {
        return AuditContext.builder().benchmark(benchmark).results(results).build();
    }

    static AuditContext context(Benchmark benchmark, Results results, Map<String, String> options) {
        return AuditContext.builder().benchmark(benchmark).results(results).options(new AuditOptions(options)).build();
    }

    static AuditContext context(BenchmarkCard card) {
        return AuditContext.builder().card(card).build();
    }

    static Finding only(List<Finding> findings) {
        if (findings.size() != 1) {
            throw new AssertionError("expected one finding, got " + findings);
        }
        return findings.get(0);
    }

    /** The table row whose first cell equals {@code key}. */
    static List<Object> row(Finding finding, String key) {
        return finding.table().rows().stream().filter(r -> key.equals(r.get(0))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + finding.table()));
    }

    /** The cell of a row by column name. */
    static Object cell(Finding finding, String key, String column) {
        int index = finding.table().columns().indexOf(column);
        if (index < 0) {
            throw new AssertionError("no column " + column + " in " + finding.table().columns());
        }
        return row(finding, key).get(index);
    }
}
