package org.evalaudit.core.checks;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.evalaudit.core.audit.AuditContext;
import org.evalaudit.core.model.Results;

/**
 * Responses that repeat an earlier one exactly: same item, model, template and sample, and the same
 * response, answer and score. They come from a results file given twice or rows written twice, and they
 * count as extra answers everywhere (a model's item is averaged over them, a test sees more data than there
 * is). Repeats that differ in their response are real samples without a {@code sample} index and are left
 * alone. Found through a sorted array of 64-bit row fingerprints, so memory stays 8 bytes per response.
 * Public for the checks of other modules that count answers per item.
 */
public final class RepeatedResponses {
    private RepeatedResponses() {
    }

    /** {@link #byItem(Results)} for the audit's results, computed once however many checks ask. */
    public static Map<Integer, Integer> byItem(AuditContext context, Results results) {
        return context.shared(Found.class, () -> new Found(byItem(results))).byItem();
    }

    private record Found(Map<Integer, Integer> byItem) {
    }

    /** Item number ({@link Results#items()}) to the number of its responses that repeat an earlier one. */
    public static Map<Integer, Integer> byItem(Results results) {
        long[] prints = new long[results.size()];
        for (int row = 0; row < prints.length; row++) {
            prints[row] = fingerprint(results, row);
        }
        long[] sorted = prints.clone();
        Arrays.sort(sorted);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                repeated.add(sorted[i]);
            }
        }
        Map<Integer, Integer> out = new TreeMap<>();
        if (repeated.isEmpty()) {
            return out;
        }
        Set<Long> seen = new HashSet<>();
        for (int row = 0; row < prints.length; row++) {
            if (repeated.contains(prints[row]) && !seen.add(prints[row])) {
                out.merge(results.item(row), 1, Integer::sum);
            }
        }
        return out;
    }

    private static long fingerprint(Results results, int row) {
        long h = results.item(row);
        h = mix(h * 31 + results.model(row));
        h = mix(h * 31 + results.template(row));
        h = mix(h * 31 + results.sample(row));
        h = mix(h * 31 + results.answerNumber(row));
        h = mix(h * 31 + Double.hashCode(results.score(row)));
        String response = results.response(row);
        return mix(h * 31 + (response == null ? -1 : (long) response.length() << 32 | response.hashCode() & 0xffffffffL));
    }

    /** MurmurHash3's 64-bit finaliser, so that fingerprints of different rows collide about 1 in 2^64. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
