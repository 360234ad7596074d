package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evalaudit.noise.quality.DuplicatePair;

/**
 * Turns an item's posterior and votes into a verdict, a suggested answer and a one-line explanation.
 *
 * <p>Rules, in order: no usable gold: gold_wrong. In a key shift whose neighbour's top answer is the gold
 * (and the item's own top answer is not): key_shift. Posterior of a wrong gold at least
 * {@code verdictPosterior}: no_valid_or_multiple when the two leading non-gold answers each hold at least
 * {@code splitShare} of the weighted vote, else gold_wrong; but gold_wrong also for such a split inside a
 * corrupted stretch of the key, where the key is what is damaged and a split is what a hard item looks like
 * without a usable key (on MMLU-Redux dev, all 9 split items of college_chemistry's stretch are wrong keys by the
 * experts, none an item without or with several valid answers). Otherwise too_hard when the gold holds less than
 * half the weighted vote, else ok (also when no model that beats chance answered). A model "gives" its
 * vote's answer (the first of tied answers).
 */
final class ItemJudge {
    private static final double NEGATIVE_DISCRIMINATION = -0.2;

    private final VoteTable table;
    private final WeightedVotes votes;
    /** Models by reliability rank (most reliable first, ties by name), and each model's rank. */
    private final int[] rankOf;
    private final String[] byRank;
    private final int[] topOfModel;
    private final int[] scratch;
    private final List<KeyRun> runs;
    private final Map<String, DuplicatePair> conflicts;
    private final LabelNoiseSettings settings;

    ItemJudge(VoteTable table, WeightedVotes votes, OneCoinDawidSkene reliabilities,
              List<KeyRun> runs, Map<String, DuplicatePair> conflicts, LabelNoiseSettings settings) {
        this.table = table;
        this.votes = votes;
        this.runs = runs;
        this.conflicts = conflicts;
        this.settings = settings;
        int models = table.models().size();
        List<Integer> order = new ArrayList<>(models);
        for (int j = 0; j < models; j++) {
            order.add(j);
        }
        order.sort(Comparator.<Integer>comparingDouble(j -> -reliabilities.accuracy(j))
                .thenComparing(j -> table.models().get(j)));
        this.rankOf = new int[models];
        this.byRank = new String[models];
        for (int r = 0; r < models; r++) {
            rankOf[order.get(r)] = r;
            byRank[r] = table.models().get(order.get(r));
        }
        this.topOfModel = new int[models];
        this.scratch = new int[models];
    }

    SuspectItem judge(int rank, int i, Double suspicion, double probability, double corruptedPosterior,
                      double discrimination) {
        int h = table.categories(i);
        int[] givers = new int[h];
        int voters = countGivers(i, givers);
        int g = table.gold(i);
        int best = topOther(i, g, -1);
        int second = best < 0 ? -1 : topOther(i, g, best);
        double total = votes.total(i);
        double bestShare = share(i, best, total);
        double secondShare = share(i, second, total);
        double goldShare = share(i, g, total);
        String gold = goldLabel(i);
        Double disc = Double.isNaN(discrimination) ? null : discrimination;
        KeyRun shift = shiftAt(i);
        Verdict verdict;
        int suggestion;
        String because;
        if (g < 0) {
            verdict = Verdict.GOLD_WRONG;
            suggestion = best;
            because = noGold(i) + (best >= 0 ? "; " + count(givers[best], voters) + " give " + quote(i, best) : "");
        } else if (shift != null) {
            verdict = Verdict.KEY_SHIFT;
            suggestion = best;
            because = "the gold " + quote(i, g) + " is the models' answer to the "
                    + (shift.kind() == KeyRun.Kind.SHIFT_FROM_NEXT ? "next" : "previous") + " item; the key is shifted by "
                    + "one from " + shift.firstItem() + " to " + shift.lastItem()
                    + (best >= 0 ? "; " + count(givers[best], voters) + " answer " + quote(i, best) + " here" : "");
        } else if (probability >= settings.verdictPosterior() && best >= 0) {
            boolean split = second >= 0 && bestShare >= settings.splitShare() && secondShare >= settings.splitShare();
            verdict = split && corruptedPosterior < 0.5 ? Verdict.NO_VALID_OR_MULTIPLE : Verdict.GOLD_WRONG;
            suggestion = best;
            because = split
                    ? "models split between " + quote(i, best) + " (" + count(givers[best], voters) + ") and "
                            + quote(i, second) + " (" + givers[second] + "); " + givers[g] + " give the gold " + quote(i, g)
                    : count(givers[best], voters) + " answer " + quote(i, best) + " (" + percent(bestShare)
                            + " of the weighted vote), " + givers[g] + " the gold " + quote(i, g);
        } else if (total > 0 && goldShare < 0.5) {
            verdict = Verdict.TOO_HARD;
            suggestion = g;
            because = "most models miss the gold: " + count(givers[g], voters) + " give the gold " + quote(i, g)
                    + (best >= 0 && givers[best] > 0 ? ", " + givers[best] + " give " + quote(i, best) : "")
                    + "; models err together often enough here that the gold stays the likelier answer";
        } else {
            verdict = Verdict.OK;
            suggestion = g;
            because = voters == 0 ? "no model gave a usable answer"
                    : total <= 0 ? "only models no better than chance answered"
                    : count(givers[g], voters) + " give the gold " + quote(i, g);
        }
        StringBuilder explanation = new StringBuilder(because);
        if (verdict.blamesKey() || verdict == Verdict.TOO_HARD) {
            appendContext(explanation, i, corruptedPosterior, disc, verdict);
        }
        List<String> supporting = suggestion < 0 ? List.of() : giversOf(suggestion, voters);
        return new SuspectItem(rank, table.id(i), suspicion, probability, verdict, gold,
                suggestion < 0 ? null : table.label(i, suggestion), supporting.size(), supporting, voters, disc,
                explanation.toString());
    }

    private void appendContext(StringBuilder explanation, int i, double corruptedPosterior, Double disc,
                               Verdict verdict) {
        if (corruptedPosterior >= 0.5) {
            KeyRun run = runs.stream().filter(r -> r.kind() == KeyRun.Kind.CORRUPTED && r.contains(i)).findFirst()
                    .orElse(null);
            if (run != null && run.inRuns()) {
                explanation.append("; one of ").append(run.length()).append(" consecutive items (")
                        .append(run.firstItem()).append(" to ").append(run.lastItem())
                        .append(") whose key looks corrupted");
            } else if (run != null) {
                explanation.append("; in ").append(run.firstItem()).append(" to ").append(run.lastItem())
                        .append(String.format(Locale.ROOT, ", where wrong keys are many but not in runs "
                                + "(permutation p = %.2f)", run.pValue()));
            }
        }
        DuplicatePair pair = conflicts.get(table.id(i));
        if (pair != null) {
            boolean first = pair.first().equals(table.id(i));
            explanation.append("; same text (question and any choices) as ").append(first ? pair.second() : pair.first())
                    .append(", whose gold differs");
        }
        if (verdict.blamesKey() && disc != null && disc <= NEGATIVE_DISCRIMINATION) {
            explanation.append(String.format(Locale.ROOT, "; stronger models avoid the gold (discrimination %.2f)",
                    disc));
        }
    }

    /**
     * Fills, per category, the number of models that give it, and remembers each voter's answer in
     * topOfModel (voters in vote order in scratch); returns the number of voters.
     */
    private int countGivers(int i, int[] givers) {
        int voters = 0;
        int v = table.voteStart(i);
        int end = table.voteEnd(i);
        while (v < end) {
            int model = table.voteModel(v);
            int top = -1;
            double topShare = -1;
            while (v < end && table.voteModel(v) == model) {
                if (table.voteShare(v) > topShare) {
                    topShare = table.voteShare(v);
                    top = table.voteCategory(v);
                }
                v++;
            }
            givers[top]++;
            topOfModel[model] = top;
            scratch[voters++] = model;
        }
        return voters;
    }

    /** The non-gold category with the largest weighted count, other than {@code except}; -1 if none has votes. */
    private int topOther(int i, int gold, int except) {
        int best = -1;
        for (int k = 0; k < table.categories(i); k++) {
            if (k == gold || k == except || votes.count(i, k) <= 0) {
                continue;
            }
            if (best < 0 || votes.count(i, k) > votes.count(i, best)) {
                best = k;
            }
        }
        return best;
    }

    private double share(int i, int k, double total) {
        return k < 0 || total <= 0 ? 0 : votes.count(i, k) / total;
    }

    /** The key shift containing item i, when the neighbour's top answer is i's gold and i's own top is not. */
    private KeyRun shiftAt(int i) {
        int g = table.gold(i);
        if (g < 0) {
            return null;
        }
        for (KeyRun run : runs) {
            if (run.kind() == KeyRun.Kind.CORRUPTED || !run.contains(i)) {
                continue;
            }
            int j = i + (run.kind() == KeyRun.Kind.SHIFT_FROM_NEXT ? 1 : -1);
            int own = top(i);
            int there = top(j);
            if (there >= 0 && own != g && table.label(j, there).equals(table.label(i, g))) {
                return run;
            }
        }
        return null;
    }

    private int top(int i) {
        int best = -1;
        for (int k = 0; k < table.categories(i); k++) {
            if (votes.count(i, k) > 0 && (best < 0 || votes.count(i, k) > votes.count(i, best))) {
                best = k;
            }
        }
        return best;
    }

    /** Names of the voters (from the last {@link #countGivers}) that give {@code category}, most reliable first. */
    private List<String> giversOf(int category, int voters) {
        int[] ranks = new int[voters];
        int count = 0;
        for (int k = 0; k < voters; k++) {
            if (topOfModel[scratch[k]] == category) {
                ranks[count++] = rankOf[scratch[k]];
            }
        }
        java.util.Arrays.sort(ranks, 0, count);
        String[] names = new String[count];
        for (int k = 0; k < count; k++) {
            names[k] = byRank[ranks[k]];
        }
        return java.util.Arrays.asList(names);
    }

    private String goldLabel(int i) {
        int g = table.gold(i);
        if (g >= 0) {
            return table.label(i, g);
        }
        String raw = table.item(i).gold();
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private String noGold(int i) {
        String raw = table.item(i).gold();
        if (raw == null || raw.isBlank()) {
            return "the item has no gold";
        }
        return "the gold " + abbreviate(raw.strip()) + " is not one of the " + table.item(i).choices().size()
                + " choices";
    }

    private String quote(int i, int k) {
        return abbreviate(table.label(i, k));
    }

    private static String abbreviate(String text) {
        String t = text.length() > 40 ? text.substring(0, 37) + "..." : text;
        return t.length() == 1 ? t : "\"" + t + "\"";
    }

    private static String count(int givers, int voters) {
        return givers + " of " + voters + " models";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
