package org.evalaudit.core.checks;

import static org.evalaudit.core.checks.Fixtures.cell;
import static org.evalaudit.core.checks.Fixtures.context;
import static org.evalaudit.core.checks.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.model.BenchmarkCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeaningfulTaskCheckTest {
    private final MeaningfulTaskCheck check = new MeaningfulTaskCheck();

    private Finding run(Map<String, String> attestations) {
        return only(check.run(context(new BenchmarkCard("b", null, List.of(), attestations, Map.of()))));
    }

    private static Map<String, String> complete() {
        Map<String, String> a = new HashMap<>();
        a.put("intended_users", "clinicians triaging discharge notes");
        a.put("real_world_task", "yes");
        a.put("expert_validated", "true");
        return a;
    }

    @Test
    void notAssessedWithoutACardEvenWhenItemsExist() {
        Finding f = only(check.run(AuditContext.builder()
                .benchmark(Fixtures.benchmark(Fixtures.mc("q1", "A"))).build()));
        assertEquals(Severity.NOT_ASSESSED, f.severity());
        assertTrue(f.summary().contains("never guessed"));
    }

    @Test
    void allThreeAttestationsPass() {
        Finding f = run(complete());
        assertEquals(Severity.PASS, f.severity());
        assertEquals(0.0, f.headline().value());
        assertEquals("present", cell(f, "intended_users", "status"));
        assertEquals("clinicians triaging discharge notes", cell(f, "intended_users", "value"));
    }

    @Test
    void aMissingAttestationWarns() {
        Map<String, String> a = complete();
        a.remove("expert_validated");
        a.put("intended_users", "  ");
        Finding f = run(a);
        assertEquals(Severity.WARN, f.severity());
        assertEquals(2.0, f.headline().value());
        assertEquals("missing", cell(f, "expert_validated", "status"));
        assertEquals("missing", cell(f, "intended_users", "status"), "blank counts as missing");
        assertTrue(f.summary().startsWith("The card does not attest intended_users (missing), expert_validated (missing)"),
                f.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "No", "FALSE", "none", "unknown", "n/a", "0", " - "})
    void aNegativeAttestationWarns(String negative) {
        Map<String, String> a = complete();
        a.put("real_world_task", negative);
        Finding f = run(a);
        assertEquals(Severity.WARN, f.severity());
        assertEquals("negative", cell(f, "real_world_task", "status"));
        assertEquals(1.0, f.headline().value());
    }

    @Test
    void otherAttestationsAreIgnored() {
        Map<String, String> a = complete();
        a.put("fun", "no");
        assertEquals(Severity.PASS, run(a).severity());
        assertEquals(3, run(a).table().rows().size());
    }
}
