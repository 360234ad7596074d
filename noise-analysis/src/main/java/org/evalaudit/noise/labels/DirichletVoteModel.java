package org.evalaudit.noise.labels;

/**
 * Evidence that an item's gold is wrong, from its votes alone, under a Dirichlet-multinomial vote model.
 * Given the true answer t, the item's answer probabilities are drawn from a Dirichlet with parameter
 * alpha_true on t and alpha_wrong on each of the other H-1 answers, and the (weighted) votes are
 * multinomial draws from them (the Polya or Dirichlet-multinomial distribution; Minka 2000, "Estimating a
 * Dirichlet distribution"). The item-level draw is what one-coin Dawid-Skene lacks: models err together on
 * hard items and share a tempting distractor, so twenty agreeing votes are not twenty independent pieces
 * of evidence, and the evidence grows like log n rather than n.
 *
 * <p>The likelihood ratio of "true answer t" against "true answer g" only involves counts n_t and n_g:
 * log P(n | t) - log P(n | g) = phi(n_t) - phi(n_g) with
 * phi(n) = logGamma(alpha_true + n) - logGamma(alpha_true) - logGamma(alpha_wrong + n) + logGamma(alpha_wrong).
 * A wrong gold is a random other answer, so the evidence is
 * LLR = log( (1/(H-1)) sum_{t != g} exp(phi(n_t)) ) - phi(n_g).
 *
 * <p>alpha_true, alpha_wrong and the share of wrong golds are fitted by EM by maximum likelihood over (a
 * deterministic subsample of at most 5,000 of) the items, the gold being right with probability 1 - eps;
 * each M-step is one Newton step on log alpha (with the digamma and trigamma functions, and backtracking),
 * which makes it a generalised EM that still increases the likelihood at every iteration.
 */
final class DirichletVoteModel {
    private static final int MAX_FIT_ITEMS = 5_000;
    private static final int MAX_EM_ITERATIONS = 1000;
    private static final double TOLERANCE = 1e-8;
    private static final double MIN_ALPHA = 1e-4;
    private static final double MAX_ALPHA = 1e4;

    private final double alphaTrue;
    private final double alphaWrong;
    private final double errorRate;
    private final double logGammaTrue;
    private final double logGammaWrong;

    DirichletVoteModel(double alphaTrue, double alphaWrong, double errorRate) {
        this.alphaTrue = alphaTrue;
        this.alphaWrong = alphaWrong;
        this.errorRate = errorRate;
        this.logGammaTrue = Special.logGamma(alphaTrue);
        this.logGammaWrong = Special.logGamma(alphaWrong);
    }

    double alphaTrue() {
        return alphaTrue;
    }

    double alphaWrong() {
        return alphaWrong;
    }

    /** The share of wrong golds the vote model alone implies (the label model refines it). */
    double errorRate() {
        return errorRate;
    }

    /** phi(n): log-likelihood gain of an answer with (weighted) count n being the true one. */
    double phi(double n) {
        return Special.logGamma(alphaTrue + n) - logGammaTrue - Special.logGamma(alphaWrong + n) + logGammaWrong;
    }

    /** {@link #evidence(WeightedVotes, int)} of every item: the key-state model's input. */
    double[] evidence(WeightedVotes votes) {
        double[] evidence = new double[votes.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = evidence(votes, i);
        }
        return evidence;
    }

    /** log P(votes | gold wrong) - log P(votes | gold right); 0 without votes or usable gold. */
    double evidence(WeightedVotes votes, int i) {
        int g = votes.gold(i);
        int h = votes.hypotheses(i);
        if (g < 0 || h < 2 || votes.total(i) <= 0) {
            return 0;
        }
        double others = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h; k++) {
            if (k != g) {
                others = Special.logAddExp(others, phi(votes.count(i, k)));
            }
        }
        return others - Math.log(h - 1) - phi(votes.count(i, g));
    }

    /**
     * The evidence of an item on which {@code votes} weighted votes all go to one answer other than the gold,
     * among {@code hypotheses} answers: the most the vote model says against a gold. Since phi(0) = 0 it is
     * log((e^phi(votes) + H - 2) / (H - 1)).
     */
    double unanimousEvidence(double votes, int hypotheses) {
        return Math.log((Math.exp(phi(votes)) + hypotheses - 2) / (hypotheses - 1));
    }

    /** P(true answer = k | votes) under a uniform prior over the hypotheses, into {@code out}. */
    void answerPosterior(WeightedVotes votes, int i, double[] out) {
        int h = votes.hypotheses(i);
        double norm = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h; k++) {
            out[k] = phi(votes.count(i, k));
            norm = Special.logAddExp(norm, out[k]);
        }
        for (int k = 0; k < h; k++) {
            out[k] = Math.exp(out[k] - norm);
        }
    }

    /** The same model with another alpha_true (a group of items harder or easier than the benchmark's). */
    DirichletVoteModel withAlphaTrue(double alpha) {
        return new DirichletVoteModel(alpha, alphaWrong, errorRate);
    }

    /**
     * The alpha_true that best explains the votes of {@code items} with the true answer unknown and equally
     * likely to be any answer (the gold not consulted, so wrong keys cannot pass for hard items), alpha_wrong
     * fixed. Without the gold the likelihood can be flat and have two peaks for hard items, so a grid over
     * log alpha_true (0.01 to 100) finds the best cell and a golden-section search ({@link GoldenSection})
     * refines it.
     */
    double goldFreeAlphaTrue(WeightedVotes votes, int[] items) {
        int cells = 20;
        double from = Math.log(1e-2);
        double step = (Math.log(1e2) - from) / cells;
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int c = 0; c <= cells; c++) {
            double value = goldFreeLogLikelihood(votes, items, Math.exp(from + c * step));
            if (value > bestValue) {
                bestValue = value;
                best = c;
            }
        }
        // two grid steps narrowed by 0.618^16: under 1e-3 in log alpha_true
        return Math.exp(GoldenSection.maximise(logAlpha -> goldFreeLogLikelihood(votes, items, Math.exp(logAlpha)),
                from + Math.max(0, best - 1) * step, from + Math.min(cells, best + 1) * step, 16));
    }

    /** Sum over items of log P(votes | alpha_true), the true answer uniform, up to terms free of alpha_true. */
    double goldFreeLogLikelihood(WeightedVotes votes, int[] items, double at) {
        DirichletVoteModel m = withAlphaTrue(at);
        double ll = 0;
        for (int i : items) {
            int h = votes.hypotheses(i);
            if (h < 2 || votes.total(i) <= 0) {
                continue;
            }
            double a = at + (h - 1) * alphaWrong;
            double mix = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < h; k++) {
                mix = Special.logAddExp(mix, m.phi(votes.count(i, k)));
            }
            ll += Special.logGamma(a) - Special.logGamma(a + votes.total(i)) + mix - Math.log(h);
        }
        return ll;
    }

    /** Fits alpha_true, alpha_wrong and the wrong-gold share by EM (see the class comment). */
    static DirichletVoteModel fit(WeightedVotes votes) {
        int[] sample = sample(votes);
        if (sample.length == 0) {
            return new DirichletVoteModel(1, 1, 0);
        }
        double logTrue = Math.log(2.0);
        double logWrong = Math.log(0.2);
        double eps = 0.03;
        double[][] posterior = new double[sample.length][];
        for (int iteration = 0; iteration < MAX_EM_ITERATIONS; iteration++) {
            DirichletVoteModel current = new DirichletVoteModel(Math.exp(logTrue), Math.exp(logWrong), eps);
            double wrongMass = 0;
            for (int s = 0; s < sample.length; s++) {
                posterior[s] = current.goldPriorPosterior(votes, sample[s], eps);
                wrongMass += 1 - posterior[s][votes.gold(sample[s])];
            }
            double nextEps = Math.min(0.5, Math.max(1e-6, wrongMass / sample.length));
            double[] next = newtonStep(votes, sample, posterior, logTrue, logWrong);
            double change = Math.max(Math.abs(next[0] - logTrue), Math.max(Math.abs(next[1] - logWrong),
                    Math.abs(nextEps - eps)));
            logTrue = next[0];
            logWrong = next[1];
            eps = nextEps;
            if (change < TOLERANCE) {
                break;
            }
        }
        return new DirichletVoteModel(Math.exp(logTrue), Math.exp(logWrong), eps);
    }

    /** P(true = k | votes) when the gold is right with probability 1 - eps. */
    private double[] goldPriorPosterior(WeightedVotes votes, int i, double eps) {
        int h = votes.hypotheses(i);
        int g = votes.gold(i);
        double[] p = new double[h];
        double norm = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h; k++) {
            p[k] = phi(votes.count(i, k)) + (k == g ? Math.log1p(-eps) : Math.log(eps / (h - 1)));
            norm = Special.logAddExp(norm, p[k]);
        }
        for (int k = 0; k < h; k++) {
            p[k] = Math.exp(p[k] - norm);
        }
        return p;
    }

    /** Items with votes and a usable gold; every k-th when there are more than MAX_FIT_ITEMS. */
    private static int[] sample(WeightedVotes votes) {
        int eligible = 0;
        for (int i = 0; i < votes.size(); i++) {
            if (isEligible(votes, i)) {
                eligible++;
            }
        }
        int stride = Math.max(1, (eligible + MAX_FIT_ITEMS - 1) / MAX_FIT_ITEMS);
        int[] sample = new int[(eligible + stride - 1) / stride];
        int seen = 0;
        int taken = 0;
        for (int i = 0; i < votes.size(); i++) {
            if (isEligible(votes, i)) {
                if (seen % stride == 0) {
                    sample[taken++] = i;
                }
                seen++;
            }
        }
        return sample;
    }

    private static boolean isEligible(WeightedVotes votes, int i) {
        return votes.gold(i) >= 0 && votes.hypotheses(i) >= 2 && votes.total(i) > 0;
    }

    /**
     * One step that increases the expected complete-data log-likelihood in (log alpha_true, log
     * alpha_wrong): Newton's step, halved until Q does not decrease; a gradient step where the Hessian is not
     * negative definite.
     */
    private static double[] newtonStep(WeightedVotes votes, int[] sample, double[][] posterior, double u, double v) {
        double q = expectedLogLikelihood(votes, sample, posterior, Math.exp(u), Math.exp(v));
        double[] d = derivatives(votes, sample, posterior, Math.exp(u), Math.exp(v));
        double gu = d[0];
        double gv = d[1];
        double huu = d[2];
        double hvv = d[3];
        double huv = d[4];
        double det = huu * hvv - huv * huv;
        double du;
        double dv;
        if (huu < 0 && det > 0) {
            du = -(hvv * gu - huv * gv) / det;
            dv = -(huu * gv - huv * gu) / det;
        } else {
            double norm = Math.hypot(gu, gv);
            du = norm > 0 ? 0.5 * gu / norm : 0;
            dv = norm > 0 ? 0.5 * gv / norm : 0;
        }
        for (double scale = 1; scale > 1e-6; scale /= 2) {
            double nu = clampLog(u + scale * du);
            double nv = clampLog(v + scale * dv);
            if (expectedLogLikelihood(votes, sample, posterior, Math.exp(nu), Math.exp(nv)) >= q - 1e-12 * Math.abs(q)) {
                return new double[] {nu, nv};
            }
        }
        return new double[] {u, v};
    }

    private static double clampLog(double x) {
        return Math.max(Math.log(MIN_ALPHA), Math.min(Math.log(MAX_ALPHA), x));
    }

    /**
     * Q(alpha) = sum_i [logGamma(A_i) - logGamma(A_i + n_i) + sum_k (logGamma(aw + n_ik) - logGamma(aw))
     * + sum_t post_it phi(n_it)] with A_i = at + (H_i - 1) aw.
     */
    private static double expectedLogLikelihood(WeightedVotes votes, int[] sample, double[][] posterior,
                                                double at, double aw) {
        double lgAt = Special.logGamma(at);
        double lgAw = Special.logGamma(aw);
        double q = 0;
        for (int s = 0; s < sample.length; s++) {
            int i = sample[s];
            int h = votes.hypotheses(i);
            double a = at + (h - 1) * aw;
            q += Special.logGamma(a) - Special.logGamma(a + votes.total(i));
            for (int k = 0; k < h; k++) {
                double n = votes.count(i, k);
                if (n > 0) {
                    double lgWrong = Special.logGamma(aw + n) - lgAw;
                    q += lgWrong + posterior[s][k] * (Special.logGamma(at + n) - lgAt - lgWrong);
                }
            }
        }
        return q;
    }

    /** Gradient and Hessian of Q in (log at, log aw): {gu, gv, huu, hvv, huv}. */
    private static double[] derivatives(WeightedVotes votes, int[] sample, double[][] posterior, double at,
                                        double aw) {
        double dAt = Special.digamma(at);
        double dAw = Special.digamma(aw);
        double tAt = Special.trigamma(at);
        double tAw = Special.trigamma(aw);
        double qc = 0;
        double qw = 0;
        double qcc = 0;
        double qww = 0;
        double qcw = 0;
        for (int s = 0; s < sample.length; s++) {
            int i = sample[s];
            int h = votes.hypotheses(i);
            double a = at + (h - 1) * aw;
            double n = votes.total(i);
            double d = Special.digamma(a) - Special.digamma(a + n);
            double t = Special.trigamma(a) - Special.trigamma(a + n);
            qc += d;
            qw += (h - 1) * d;
            qcc += t;
            qww += (double) (h - 1) * (h - 1) * t;
            qcw += (h - 1) * t;
            for (int k = 0; k < h; k++) {
                double c = votes.count(i, k);
                if (c <= 0) {
                    continue;
                }
                double post = posterior[s][k];
                double dw = Special.digamma(aw + c) - dAw;
                double tw = Special.trigamma(aw + c) - tAw;
                qc += post * (Special.digamma(at + c) - dAt);
                qcc += post * (Special.trigamma(at + c) - tAt);
                qw += (1 - post) * dw;
                qww += (1 - post) * tw;
            }
        }
        double gu = at * qc;
        double gv = aw * qw;
        return new double[] {gu, gv, at * at * qcc + gu, aw * aw * qww + gv, at * aw * qcw};
    }
}
