package org.evalaudit.noise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.evalaudit.core.audit.Audit;
import org.evalaudit.core.audit.Check;
import org.junit.jupiter.api.Test;

class ServiceRegistrationTest {

    /** `evalaudit audit` finds checks only through META-INF/services; a check missing there never runs. */
    @Test
    void theNoiseChecksAreDiscovered() {
        List<String> ids = Audit.discover().checks().stream().map(Check::id).toList();
        assertTrue(ids.containsAll(List.of("sampling-noise", "prompt-sensitivity", "saturation")), ids.toString());
    }
}
