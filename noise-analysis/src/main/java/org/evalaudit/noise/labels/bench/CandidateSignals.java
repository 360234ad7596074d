package org.evalaudit.noise.labels.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evalaudit.core.model.Benchmark;
import org.evalaudit.core.model.Item;
import org.evalaudit.core.model.Results;
import org.evalaudit.noise.labels.LabelNoiseResult;
import org.evalaudit.noise.labels.ModelReliability;
import org.evalaudit.noise.labels.SimpleRankers;
import org.evalaudit.noise.labels.SuspectItem;

/**
 * Candidate signals for the typical subject, measured by the bench against the default method and one-coin
 * Dawid-Skene before any of them may join the default (see docs/bench-labels.md):
 * <ul>
 *   <li>item discrimination: the default's log-odds minus beta times the item-rest point-biserial of agreeing
 *       with the gold (classical test theory, Crocker and Algina 1986, §14.3): an item the stronger models
 *       fail and the weaker ones pass is more suspect; beta is a family member, chosen on half the subjects;</li>
 *   <li>the strongest models: the normalised margin (W_best - W_gold) / W of the best other answer over the
 *       gold, each model's vote weighing w_j^gamma, w_j its Dawid-Skene weight (log-odds over chance); a
 *       large gamma leaves the vote to the few strongest models;</li>
 *   <li>per-subject reliabilities: one-coin Dawid-Skene fitted to each subject on its own;</li>
 *   <li>a fixed scale k of the default's margin evidence instead of the automatic one
 *       ({@link org.evalaudit.noise.labels.LabelNoiseSettings#withMarginScale}); k 0 is the Dirichlet evidence,
 *       the default before the fifth session.</li>
 * </ul>
 */
public final class CandidateSignals {
    private CandidateSignals() {
    }

    /** Per id: the default's suspicion minus beta times the item's discrimination (0 when undefined). */
    static double[] withDiscrimination(LabelNoiseResult result, List<String> ids, double beta) {
        Map<String, Double> byId = new HashMap<>();
        for (SuspectItem item : result.ranking()) {
            double discrimination = item.discrimination() == null ? 0 : item.discrimination();
            byId.put(item.itemId(), item.suspicion() == null ? Double.NaN : item.suspicion() - beta * discrimination);
        }
        return ids.stream().mapToDouble(byId::get).toArray();
    }

    /** Each model's vote weight in the default method (its Dawid-Skene log-odds over chance). */
    static Map<String, Double> voteWeights(LabelNoiseResult result) {
        Map<String, Double> weight = new HashMap<>();
        for (ModelReliability m : result.models()) {
            weight.put(m.model(), m.weight());
        }
        return weight;
    }

    /**
     * Per id: (W_best_other - W_gold) / W with each model's vote weighing max(0, w)^gamma (its responses to one
     * item share that weight; a model without a weight has none); NaN for an item without a usable gold, 0
     * without weighted votes.
     */
    static double[] strongestModelsMargin(Benchmark benchmark, Results results, Map<String, Double> modelWeight,
                                          List<String> ids, double gamma) {
        Map<String, Double> weight = new HashMap<>();
        modelWeight.forEach((model, w) -> weight.put(model, Math.pow(Math.max(0, w), gamma)));
        Map<String, Map<String, Integer>> responses = new HashMap<>();
        for (int row = 0; row < results.size(); row++) {
            if (results.answer(row) != null) {
                responses.computeIfAbsent(results.items().get(results.item(row)), k -> new HashMap<>())
                        .merge(results.models().get(results.model(row)), 1, Integer::sum);
            }
        }
        Map<String, Map<String, Double>> votes = new HashMap<>();
        for (int row = 0; row < results.size(); row++) {
            String answer = results.answer(row);
            if (answer == null) {
                continue;
            }
            String item = results.items().get(results.item(row));
            String model = results.models().get(results.model(row));
            double w = weight.getOrDefault(model, 0.0) / responses.get(item).get(model);
            votes.computeIfAbsent(item, k -> new HashMap<>()).merge(answer.trim().toUpperCase(java.util.Locale.ROOT), w,
                    Double::sum);
        }
        Map<String, Item> items = new HashMap<>();
        benchmark.items().forEach(item -> items.putIfAbsent(item.id(), item));
        double[] out = new double[ids.size()];
        for (int i = 0; i < out.length; i++) {
            Item item = items.get(ids.get(i));
            if (item.goldIndex() < 0) {
                out[i] = Double.NaN;
                continue;
            }
            String gold = Item.letter(item.goldIndex());
            Map<String, Double> counts = votes.getOrDefault(item.id(), Map.of());
            double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
            double best = counts.entrySet().stream().filter(e -> !e.getKey().equals(gold))
                    .mapToDouble(Map.Entry::getValue).max().orElse(0);
            out[i] = total > 0 ? (best - counts.getOrDefault(gold, 0.0)) / total : 0;
        }
        return out;
    }

    /** Per id: one-coin Dawid-Skene log-odds with the model fitted to each subject's items alone. */
    static double[] perSubjectDawidSkene(Benchmark benchmark, Results results, List<String> ids,
                                         List<String> subjects) {
        Map<String, Double> byId = new HashMap<>();
        for (String subject : new HashSet<>(subjects)) {
            List<Item> items = benchmark.items().stream()
                    .filter(item -> subject.equals(String.valueOf(item.subject()))).toList();
            Set<String> chosen = new HashSet<>();
            items.forEach(item -> chosen.add(item.id()));
            SimpleRankers.Scores scores = SimpleRankers.of(new Benchmark(subject, items), restrict(results, chosen));
            for (int i = 0; i < scores.itemIds().size(); i++) {
                byId.put(scores.itemIds().get(i), scores.dawidSkene()[i]);
            }
        }
        return ids.stream().mapToDouble(byId::get).toArray();
    }

    /** The responses to the chosen items only. */
    static Results restrict(Results all, Set<String> itemIds) {
        Results.Builder builder = Results.builder();
        for (int row = 0; row < all.size(); row++) {
            if (itemIds.contains(all.items().get(all.item(row)))) {
                builder.add(all.get(row));
            }
        }
        return builder.build();
    }
}
