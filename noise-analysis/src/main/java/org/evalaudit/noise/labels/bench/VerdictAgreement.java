package org.evalaudit.noise.labels.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.evalaudit.noise.labels.LabelNoise;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.LabelNoiseSettings;
import org.evalaudit.noise.labels.SuspectItem;
import org.evalaudit.noise.labels.Verdict;

/**
 * What a user reads in {@code suspect-labels.csv} beyond the rank, held against the experts: the default's
 * verdicts by the annotators' categories (uncertain items dropped), and how often the suggested answer of an
 * item flagged as a wrong key is the annotator's corrected letter.
 */
final class VerdictAgreement {

    private VerdictAgreement() {
    }

    static void run(ReduxDevData data, PrintStream out) {
        LabelNoiseResult result = LabelNoise.analyze(data.benchmark(), data.results(), LabelNoiseSettings.defaults());
        Map<Verdict, Map<String, Integer>> table = new TreeMap<>();
        TreeSet<String> categories = new TreeSet<>();
        int flaggedErrors = 0;
        int suggestedRight = 0;
        for (SuspectItem item : result.ranking()) {
            ReduxDevData.Truth truth = data.truth().get(item.itemId());
            if (truth == null || truth.uncertain()) {
                continue;
            }
            categories.add(truth.errorType());
            table.computeIfAbsent(item.verdict(), v -> new TreeMap<>()).merge(truth.errorType(), 1, Integer::sum);
            if (item.verdict().blamesKey() && truth.labelError() && truth.correctedAnswer() != null) {
                flaggedErrors++;
                suggestedRight += truth.correctedAnswer().equals(item.suggestedAnswer()) ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "%n== the default's verdicts by the experts' category (items, uncertain dropped)%n");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "verdict"));
        categories.forEach(c -> header.append(String.format(Locale.ROOT, " %24s", c)));
        out.println(header);
        for (Map.Entry<Verdict, Map<String, Integer>> row : table.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", row.getKey().label()));
            categories.forEach(c -> line.append(String.format(Locale.ROOT, " %24d", row.getValue().getOrDefault(c, 0))));
            out.println(line);
        }
        out.printf(Locale.ROOT, "-- suggested answer = the expert's corrected letter for %d of the %d items flagged "
                + "(gold_wrong, no_valid_or_multiple, key_shift) that the experts call wrong_groundtruth%n",
                suggestedRight, flaggedErrors);
    }
}
