package org.evalaudit.noise.labels;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds stretches where the answer key is shifted by one item: the gold of item i is the answer of item
 * i+1 (or i-1). For each item and each offset d the log-likelihood ratio
 * l_i = log P(gold_i | shifted) - log max(P(gold_i | right key), P(gold_i | random key)) compares a shifted
 * key with both alternatives that do not involve the neighbour: a right key, and a corrupted key whose
 * gold is a random one of the H answers (probability 1/H). Under the Dirichlet vote model
 * P(g | votes) = P(t = g | votes)(1 - eps) + (1 - P(t = g | votes)) eps / (H - 1), with the votes of item
 * i+d for the shifted key and those of item i for the right key. So each item adds at most log H nats, and
 * only when its gold is what the models answer to its neighbour. Maximal-sum segments of l (Kadane's scan,
 * restarted whenever the running sum falls to zero) are key shifts when their summed evidence reaches
 * {@code minEvidence} nats (default ln 1000, a Bayes factor of a thousand: about six items in a row whose
 * gold is their neighbour's clear answer) over at least {@code minLength} items (default 3).
 */
final class KeyShiftScan {
    /** Default minimum summed log-likelihood ratio of a key shift: a Bayes factor of a thousand. */
    static final double DEFAULT_MIN_EVIDENCE = Math.log(1e3);
    static final int DEFAULT_MIN_LENGTH = 3;

    private KeyShiftScan() {
    }

    /** Shifted stretches, in benchmark order; {@code eps} is the background rate of wrong golds. */
    static List<KeyRun> scan(VoteTable table, WeightedVotes votes, DirichletVoteModel model, double eps,
                             double minEvidence, int minLength) {
        int n = table.size();
        double[][] posterior = new double[n][];
        for (int i = 0; i < n; i++) {
            posterior[i] = new double[votes.hypotheses(i)];
            model.answerPosterior(votes, i, posterior[i]);
        }
        List<KeyRun> runs = new ArrayList<>();
        for (int offset : new int[] {1, -1}) {
            double[] gain = new double[n];
            boolean[] defined = new boolean[n];
            for (int i = 0; i < n; i++) {
                int j = i + offset;
                if (j < 0 || j >= n || table.chain(j) != table.chain(i) || table.gold(i) < 0
                        || votes.total(i) <= 0 || votes.total(j) <= 0) {
                    continue;
                }
                String goldLabel = table.label(i, table.gold(i));
                int inNeighbour = table.categoryOf(j, goldLabel);
                double there = inNeighbour < 0 ? 0 : posterior[j][inNeighbour];
                double here = posterior[i][table.gold(i)];
                double ownOrRandom = Math.max(fit(here, eps, votes.hypotheses(i)), 1.0 / votes.hypotheses(i));
                gain[i] = Math.log(fit(there, eps, votes.hypotheses(j))) - Math.log(ownOrRandom);
                defined[i] = true;
            }
            collect(table, gain, defined, offset, minEvidence, minLength, runs);
        }
        runs.sort(java.util.Comparator.comparingInt(KeyRun::firstIndex).thenComparing(KeyRun::kind));
        return runs;
    }

    private static double fit(double pTrue, double eps, int hypotheses) {
        return pTrue * (1 - eps) + (1 - pTrue) * eps / Math.max(1, hypotheses - 1);
    }

    private static void collect(VoteTable table, double[] gain, boolean[] defined, int offset, double minEvidence,
                                int minLength, List<KeyRun> runs) {
        int n = gain.length;
        int i = 0;
        while (i < n) {
            if (!defined[i] || gain[i] <= 0) {
                i++;
                continue;
            }
            int first = i;
            double sum = 0;
            double best = 0;
            int bestEnd = i;
            int chain = table.chain(i);
            while (i < n && defined[i] && table.chain(i) == chain && sum + gain[i] > 0) {
                sum += gain[i];
                if (sum > best) {
                    best = sum;
                    bestEnd = i;
                }
                i++;
            }
            if (best >= minEvidence && bestEnd - first + 1 >= minLength) {
                runs.add(new KeyRun(table.chainNames().get(chain), first, bestEnd, table.id(first), table.id(bestEnd),
                        offset == 1 ? KeyRun.Kind.SHIFT_FROM_NEXT : KeyRun.Kind.SHIFT_FROM_PREVIOUS, best, Double.NaN));
            }
            i = Math.max(i, bestEnd + 1);
        }
    }
}
