package org.evalaudit.core.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;
import org.evalaudit.core.model.BenchmarkCard;

/**
 * Sin 5, not a meaningful task: judged only from what the benchmark card attests, never inferred from
 * the items. Three attestations are read: {@code intended_users} (who needs the results),
 * {@code real_world_task} (which real task the benchmark stands for) and {@code expert_validated}
 * (whether experts checked the items). Each is present (any other text, e.g. "yes" or "clinicians
 * triaging notes"), missing (absent or blank) or negative ("no", "false", "none", "unknown", "n/a",
 * "na", "0", "-"; case-insensitive).
 *
 * <p>Headline {@code attestations_missing_or_negative} (0..3). Severity: WARN when any attestation is
 * missing or negative, PASS when all three are present; never FAIL, because the card is the authors'
 * own word. NOT_ASSESSED without a card. No options.
 */
public final class MeaningfulTaskCheck implements Check {
    public static final String ID = "meaningful-task";
    /** The attestations read, in table order. */
    public static final List<String> ATTESTATIONS = List.of("intended_users", "real_world_task", "expert_validated");
    private static final Set<String> NEGATIVE = Set.of("no", "false", "none", "unknown", "n/a", "na", "0", "-");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.NOT_MEANINGFUL;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        Optional<BenchmarkCard> card = context.card();
        if (card.isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "no benchmark card was given; whether the task is "
                    + "meaningful is taken only from the card's attestations, never guessed"));
        }
        Table.Builder table = Table.of("attestation", "value", "status");
        List<String> lacking = new ArrayList<>();
        for (String key : ATTESTATIONS) {
            String value = card.get().attestations().get(key);
            String status = status(value);
            table.row(key, value, status);
            if (!status.equals("present")) {
                lacking.add(key + " (" + status + ")");
            }
        }
        String summary = lacking.isEmpty()
                ? "The card attests who needs the results, which real-world task the benchmark stands for, and "
                        + "that experts validated it."
                : "The card does not attest " + String.join(", ", lacking) + ": without them nobody can tell whether a "
                        + "higher score means a model is better at something people need.";
        return List.of(new Finding(ID, sin(), lacking.isEmpty() ? Severity.PASS : Severity.WARN,
                new Headline("attestations_missing_or_negative", (double) lacking.size()), summary, table.build(),
                List.of(), List.of()));
    }

    private static String status(String value) {
        if (value == null || value.isBlank()) {
            return "missing";
        }
        return NEGATIVE.contains(value.strip().toLowerCase(Locale.ROOT)) ? "negative" : "present";
    }
}
