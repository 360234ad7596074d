package org.evalaudit.contamination.checks;

import java.util.List;
import java.util.Locale;
import org.evalaudit.contamination.impact.SplitGap;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.audit.Check;
import org.evalaudit.core.audit.Finding;
import org.evalaudit.core.audit.Headline;
import org.evalaudit.core.audit.Severity;
import org.evalaudit.core.audit.Sin;
import org.evalaudit.core.audit.Table;

/**
 * Public vs private gap: for each model, the score on items with {@code split = public} against items
 * with {@code split = private}, with a one-sided two-proportion test and Holm's correction across models
 * (see {@link SplitGap}). A model flagged here scores suspiciously higher on the items that were public.
 *
 * <p>Options: {@code public-private-gap.alpha} [0.05] — family-wise error rate of the flags. Any flagged
 * model is a FAIL: its public score cannot be trusted.
 */
public final class PublicPrivateGapCheck implements Check {
    public static final String ID = "public-private-gap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Sin sin() {
        return Sin.PUBLIC_PRIVATE_GAP;
    }

    @Override
    public List<Finding> run(AuditContext context) {
        if (context.benchmark().isEmpty() || context.results().isEmpty()) {
            return List.of(Finding.notAssessed(ID, sin(), "needs a benchmark and results"));
        }
        if (!SplitGap.applies(context.benchmark().get())) {
            return List.of(Finding.notAssessed(ID, sin(),
                    "no items marked split=public and split=private: there is no held-out split to compare with"));
        }
        double alpha = context.options().getDouble("public-private-gap.alpha", 0.05);
        List<SplitGap.ModelGap> gaps = SplitGap.of(context.benchmark().get(), context.results().get(), alpha);
        Table.Builder table = Table.of("model", "public_items", "public_score", "private_items", "private_score",
                "gap_points", "z", "p", "p_holm", "flagged");
        SplitGap.ModelGap worst = null;
        long flagged = 0;
        for (SplitGap.ModelGap g : gaps) {
            table.row(g.model(), g.publicItems(), ContaminationCheck.round(g.publicScore()), g.privateItems(),
                    ContaminationCheck.round(g.privateScore()), ContaminationCheck.round(100 * g.gap()),
                    ContaminationCheck.round(g.z()), g.p(), g.adjustedP(), g.flagged());
            if (g.flagged()) {
                flagged++;
            }
            if (worst == null || g.gap() > worst.gap()) {
                worst = g;
            }
        }
        if (worst == null) {
            return List.of(Finding.notAssessed(ID, sin(), "no model answered both public and private items"));
        }
        String summary = flagged > 0
                ? String.format(Locale.ROOT, "%d of %d models score significantly higher on the public split "
                        + "(Holm-adjusted p < %.2f); the largest gap is %.1f points (%s).", flagged, gaps.size(), alpha,
                100 * worst.gap(), worst.model())
                : String.format(Locale.ROOT, "No model scores significantly higher on the public split; the largest "
                        + "gap is %.1f points (%s).", 100 * worst.gap(), worst.model());
        return List.of(Finding.of(ID, sin(), flagged > 0 ? Severity.FAIL : Severity.PASS,
                new Headline("max_gap_points", 100 * worst.gap()), summary).withTable(table.build()));
    }
}
