package org.evalaudit.noise.labels;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A hidden Markov model of the answer key along the benchmark's order, so that wrong keys that come in
 * runs (a corrupted or shifted stretch of an answer key) pool their evidence. Each chain (consecutive items
 * of one subject or source) walks through two states: "aligned", where an item's gold is wrong with a
 * small probability eps_aligned, and "corrupted", where it is wrong with probability eps_corrupted >= 1/2
 * (a stretch of key in which most answers are wrong). An item's emission, relative to its votes under a
 * right gold, is eps_s exp(LLR) + 1 - eps_s, LLR being the vote evidence of {@link DirichletVoteModel}.
 *
 * <p>The four parameters (entry and exit probabilities and the two error rates) are fitted by Baum-Welch EM (Rabiner 1989, with scaled forward-backward). When the data
 * have no runs the entry probability falls toward zero and the model reduces to a single error rate: the
 * prior is learnt from the benchmark, never set by hand. A chain starts in its stationary distribution
 * (corrupted with probability enter / (enter + exit)), so the few chain starts do not get a parameter of
 * their own. Two constraints keep the second state what it is
 * meant to be: eps_corrupted >= 1/2 (most keys of a corrupted stretch are wrong, so it cannot become a
 * mere "hard items" state) and an exit probability of at most 1/3 (a stretch lasts 3 items or more on
 * average, so isolated wrong keys, which the aligned state's rate already covers, cannot be recast as
 * one-item stretches).
 *
 * <p>A stretch must also be worth its place: after the fit, the corrupted stretches of the most likely state
 * path (Viterbi) in a chain are kept only when their log-likelihood gain over the aligned state (their
 * items' emission ratios at the corrupted error rate that fits each stretch best, plus the cost of entering
 * and leaving them) exceeds log(n / {@link #STRETCH_ALPHA}) nats; otherwise their items return to the
 * aligned state. When there is no stretch, the likelihood ratio of a given stretch exceeds e^t with
 * probability at most e^-t, so over the n places where a stretch could start at most alpha chance stretches
 * are expected to clear the bar. Without this test the fit turns a chance run of hard items (six in a row in
 * a hard subject) into a stretch and ranks it first; with it, the corrupted stretch of MMLU-Redux's
 * college_chemistry (gain 19.8 nats) stays, and so do a subject's many short stretches of scattered wrong
 * keys, which are tested together.
 *
 * <p>Each chain that keeps stretches also gets a permutation p-value: how often shuffles of its items give
 * its stretches as much gain at the fitted rates. The bar above asks whether a chain has a stretch at all; the
 * p-value asks whether its wrong keys come in runs or are merely many (a subject with dense, scattered wrong
 * keys keeps its stretches, which mark it as a region of many wrong keys, with a large p).
 *
 * <p>Result: for each item the posterior probability that its gold is wrong, as log-odds computed in log
 * space so that near-certain items keep distinct scores.
 */
final class KeyStateModel {
    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-10;
    static final double MIN_CORRUPTED_ERROR_RATE = 0.5;
    /** A corrupted stretch lasts 3 items or more on average: single wrong keys are the aligned state's. */
    static final double MAX_EXIT = 1.0 / 3;
    /** Expected number of chance stretches that clear the stretch test (see the class comment). */
    static final double STRETCH_ALPHA = 1;
    /** Shuffles of a chain's items behind the permutation p-value of its kept stretches (smallest p 0.01). */
    static final int PERMUTATIONS = 99;

    private final double enter;
    private final double exit;
    private final double alignedErrorRate;
    private final double corruptedErrorRate;
    private final double[] corruptedPosterior;
    private final double[] stretchPValue;

    private KeyStateModel(double enter, double exit, double alignedErrorRate, double corruptedErrorRate,
                          double[] corruptedPosterior, double[] stretchPValue) {
        this.enter = enter;
        this.exit = exit;
        this.alignedErrorRate = alignedErrorRate;
        this.corruptedErrorRate = corruptedErrorRate;
        this.corruptedPosterior = corruptedPosterior;
        this.stretchPValue = stretchPValue;
    }

    /**
     * Fits the model to per-item vote evidence; {@code chain[i]} numbers the chain of item i, and the
     * items of a chain are consecutive.
     */
    static KeyStateModel fit(double[] evidence, int[] chain) {
        return fit(evidence, chain, true);
    }

    /** {@link #fit(double[], int[])}, with the stretches' significance test or without it (for the bench). */
    static KeyStateModel fit(double[] evidence, int[] chain, boolean testStretches) {
        int n = evidence.length;
        Emissions emissions = new Emissions(evidence);
        Workspace work = new Workspace(n);
        double enter = 0.01;
        double exit = 0.1;
        double start = enter / (enter + exit);
        double epsAligned = 0.03;
        double epsCorrupted = MIN_CORRUPTED_ERROR_RATE;
        double[] g0 = new double[n];
        double[] g1 = new double[n];
        double previous = Double.NEGATIVE_INFINITY;
        int iteration = 0;
        Pass pass = null;
        while (iteration < MAX_ITERATIONS) {
            iteration++;
            pass = forwardBackward(emissions, work, chain, enter, exit, start, epsAligned, epsCorrupted, g0, g1);
            double wrongAligned = 0;
            double massAligned = 0;
            double wrongCorrupted = 0;
            double massCorrupted = 0;
            for (int i = 0; i < n; i++) {
                wrongAligned += g0[i] * emissions.wrong(i, epsAligned);
                massAligned += g0[i];
                wrongCorrupted += g1[i] * emissions.wrong(i, epsCorrupted);
                massCorrupted += g1[i];
            }
            enter = clamp(pass.alignedToCorrupted / Math.max(1e-300, pass.fromAligned), 1e-7, 0.5);
            exit = clamp(pass.corruptedToAligned / Math.max(1e-300, pass.fromCorrupted), 1e-3, MAX_EXIT);
            start = enter / (enter + exit);
            epsAligned = clamp(wrongAligned / Math.max(1e-300, massAligned), 1e-6, 0.5);
            epsCorrupted = massCorrupted > 1e-12
                    ? clamp(wrongCorrupted / massCorrupted, MIN_CORRUPTED_ERROR_RATE, 1 - 1e-4) : epsCorrupted;
            if (Math.abs(pass.logLikelihood - previous) <= TOLERANCE * Math.max(1, Math.abs(pass.logLikelihood))) {
                break;
            }
            previous = pass.logLikelihood;
        }
        forwardBackward(emissions, work, chain, enter, exit, start, epsAligned, epsCorrupted, g0, g1);
        double[] pValues = new double[n == 0 ? 0 : Arrays.stream(chain).max().getAsInt() + 1];
        Arrays.fill(pValues, Double.NaN);
        if (testStretches) {
            Rates rates = new Rates(enter, exit, start, epsAligned, epsCorrupted);
            dropChanceStretches(evidence, emissions, work, chain, rates, g1, pValues);
        }
        return new KeyStateModel(enter, exit, epsAligned, epsCorrupted, g1, pValues);
    }

    /** The fitted transition probabilities and error rates, as the stretch test and its permutations use them. */
    private record Rates(double enter, double exit, double start, double epsAligned, double epsCorrupted) {
    }

    /**
     * Returns to the aligned state the stretches of every chain whose stretches together gain less than
     * log(n / alpha), and every item when no chain keeps a stretch (the benchmark has none, and the model is
     * one error rate). The stretches are those of the most likely state path (Viterbi), so that a right key
     * inside a corrupted stretch does not cut it in two; a chain's stretches are tested together, so that a
     * subject whose wrong keys are many but scattered in short stretches keeps them, while a lone run of hard
     * items does not. In a chain that keeps none, an item off that path whose posterior still puts it in the
     * corrupted state returns to the aligned state too: it lies in a diffuse region whose many possible
     * boundaries add up to more than half the mass while no single stretch beats the aligned path, so that
     * region gains nothing at the fitted rates and fails the test as well (on dev with the items shuffled
     * within subjects, such regions were the only stretches reported in shuffled subjects). A posterior below
     * one half stays: it pools neighbours' evidence, which the real order of dev's subjects rewards.
     */
    private static void dropChanceStretches(double[] evidence, Emissions emissions, Workspace fitted, int[] chain,
                                            Rates rates, double[] corrupted, double[] pValues) {
        int n = corrupted.length;
        boolean[] path = viterbi(fitted, chain, rates.enter(), rates.exit(), rates.start());
        double threshold = Math.log(n / STRETCH_ALPHA);
        boolean anyKept = false;
        int from = 0;
        while (from < n) {
            int to = chainEnd(chain, from);
            double gain = chainGain(emissions, fitted, path, from, to, rates);
            if (!Double.isNaN(gain) && gain >= threshold) {
                anyKept = true;
                pValues[chain[from]] = permutationPValue(evidence, from, to, gain, rates);
            } else {
                for (int t = from; t < to; t++) {
                    if (path[t] || corrupted[t] >= 0.5) {
                        corrupted[t] = 0;
                    }
                }
            }
            from = to;
        }
        if (!anyKept) {
            Arrays.fill(corrupted, 0.0);
        }
    }

    /**
     * The summed gain of the stretches of {@code path} in items [from, to) (one chain), or NaN when the path
     * has none there.
     */
    private static double chainGain(Emissions emissions, Workspace fitted, boolean[] path, int from, int to,
                                    Rates rates) {
        double gain = 0;
        boolean stretches = false;
        int t = from;
        while (t < to) {
            if (!path[t]) {
                t++;
                continue;
            }
            int first = t;
            while (t < to && path[t]) {
                t++;
            }
            gain += stretchGain(emissions, fitted, first, t, t < to, rates.enter(), rates.exit());
            stretches = true;
        }
        return stretches ? gain : Double.NaN;
    }

    /**
     * How often a random order of the chain's items [from, to) gives its stretches at least the observed gain,
     * at the fitted rates: (1 + such shuffles) / (1 + {@value #PERMUTATIONS}). It asks whether the wrong keys
     * come in runs, not only whether they are many: a subject whose wrong keys are dense but scattered keeps
     * its stretches in the ranking (they mark a region of many wrong keys) with a large p. Seeded by the
     * chain's position, so a report is reproducible.
     */
    private static double permutationPValue(double[] evidence, int from, int to, double observed, Rates rates) {
        int m = to - from;
        Emissions emissions = new Emissions(Arrays.copyOfRange(evidence, from, to));
        int[] oneChain = new int[m];
        Workspace work = new Workspace(m);
        SplittableRandom random = new SplittableRandom(from);
        int atLeast = 0;
        for (int p = 0; p < PERMUTATIONS; p++) {
            emissions.shuffle(random);
            emit(emissions, work, rates.epsAligned(), rates.epsCorrupted());
            boolean[] path = viterbi(work, oneChain, rates.enter(), rates.exit(), rates.start());
            double gain = chainGain(emissions, work, path, 0, m, rates);
            atLeast += !Double.isNaN(gain) && gain >= observed ? 1 : 0;
        }
        return (1.0 + atLeast) / (1.0 + PERMUTATIONS);
    }

    /**
     * The most likely key state of every item (true: corrupted), chain by chain, in log space, from the
     * emissions of the last forward-backward pass in {@code fitted}.
     */
    private static boolean[] viterbi(Workspace fitted, int[] chain, double enter, double exit, double start) {
        int n = chain.length;
        boolean[] path = new boolean[n];
        // whether the best path into the aligned (corrupted) state at t came from the corrupted state
        boolean[] alignedAfterCorrupted = new boolean[n];
        boolean[] corruptedAfterCorrupted = new boolean[n];
        double stay0 = Math.log1p(-enter);
        double go1 = Math.log(enter);
        double go0 = Math.log(exit);
        double stay1 = Math.log1p(-exit);
        int from = 0;
        while (from < n) {
            int to = chainEnd(chain, from);
            double v0 = Math.log1p(-start) + Math.log(fitted.e0[from]);
            double v1 = Math.log(start) + Math.log(fitted.e1[from]);
            for (int t = from + 1; t < to; t++) {
                double into0From0 = v0 + stay0;
                double into0From1 = v1 + go0;
                double into1From0 = v0 + go1;
                double into1From1 = v1 + stay1;
                alignedAfterCorrupted[t] = into0From1 > into0From0;
                corruptedAfterCorrupted[t] = into1From1 >= into1From0;
                v0 = Math.max(into0From0, into0From1) + Math.log(fitted.e0[t]);
                v1 = Math.max(into1From0, into1From1) + Math.log(fitted.e1[t]);
            }
            boolean state = v1 > v0;
            for (int t = to - 1; t >= from; t--) {
                path[t] = state;
                if (t > from) {
                    state = state ? corruptedAfterCorrupted[t] : alignedAfterCorrupted[t];
                }
            }
            from = to;
        }
        return path;
    }

    /**
     * Log-likelihood of items [from, to) in a corrupted stretch (entered before {@code from}, left after
     * {@code to - 1} when {@code leaves}) minus that of the same items aligned ({@code fitted}'s emissions),
     * the stretch's error rate the one that fits its items best (a grid from 1/2 up: the benchmark-wide rate
     * can sit at its floor when the stretches it was fitted to are few).
     */
    private static double stretchGain(Emissions emissions, Workspace fitted, int from, int to, boolean leaves,
                                      double enter, double exit) {
        double stay = Math.log1p(-enter);
        double transitions = Math.log(enter) - stay + (to - from - 1) * (Math.log1p(-exit) - stay);
        if (leaves) {
            transitions += Math.log(exit) - stay;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 10; k++) {
            double eps = MIN_CORRUPTED_ERROR_RATE + 0.05 * k;
            double gain = transitions;
            for (int t = from; t < to; t++) {
                gain += Math.log(emissions.scaled(t, eps) / fitted.e0[t]);
            }
            best = Math.max(best, gain);
        }
        return best;
    }

    /**
     * An item's emission relative to its votes under a right gold, eps e^L + (1 - eps), kept as
     * e^(L - m) and e^(-m) with m = max(L, 0) so that no evidence overflows.
     */
    private static final class Emissions {
        final double[] wrongScaled;
        final double[] rightScaled;
        final double[] shift;

        Emissions(double[] evidence) {
            int n = evidence.length;
            wrongScaled = new double[n];
            rightScaled = new double[n];
            shift = new double[n];
            for (int i = 0; i < n; i++) {
                shift[i] = Math.max(evidence[i], 0);
                wrongScaled[i] = Math.exp(evidence[i] - shift[i]);
                rightScaled[i] = Math.exp(-shift[i]);
            }
        }

        /** Puts the items in a random order (Fisher-Yates), their three arrays in step. */
        void shuffle(SplittableRandom random) {
            for (int i = shift.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                swap(wrongScaled, i, j);
                swap(rightScaled, i, j);
                swap(shift, i, j);
            }
        }

        private static void swap(double[] a, int i, int j) {
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }

        /** Emission of item i in a state with error rate eps, divided by e^m. */
        double scaled(int i, double eps) {
            return eps * wrongScaled[i] + (1 - eps) * rightScaled[i];
        }

        /** P(gold wrong | evidence, state) = eps e^L / (eps e^L + 1 - eps). */
        double wrong(int i, double eps) {
            double w = eps * wrongScaled[i];
            return w / (w + (1 - eps) * rightScaled[i]);
        }
    }

    private static double logOddsWrong(double evidence, double g0, double g1, double epsAligned,
                                       double epsCorrupted) {
        double logG0 = Math.log(g0);
        double logG1 = Math.log(g1);
        double e0 = Special.logAddExp(Math.log(epsAligned) + evidence, Math.log1p(-epsAligned));
        double e1 = Special.logAddExp(Math.log(epsCorrupted) + evidence, Math.log1p(-epsCorrupted));
        double wrong = Special.logAddExp(logG0 + Math.log(epsAligned) + evidence - e0,
                logG1 + Math.log(epsCorrupted) + evidence - e1);
        double right = Special.logAddExp(logG0 + Math.log1p(-epsAligned) - e0, logG1 + Math.log1p(-epsCorrupted) - e1);
        return wrong - right;
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    /** Arrays of the forward-backward pass, allocated once per fit. */
    private static final class Workspace {
        final double[] e0;
        final double[] e1;
        final double[] f0;
        final double[] f1;
        final double[] scale;

        Workspace(int n) {
            e0 = new double[n];
            e1 = new double[n];
            f0 = new double[n];
            f1 = new double[n];
            scale = new double[n];
        }
    }

    /** Expected transition counts and log-likelihood of one forward-backward pass. */
    private static final class Pass {
        double alignedToCorrupted;
        double fromAligned;
        double corruptedToAligned;
        double fromCorrupted;
        double logLikelihood;
    }

    /** The end (exclusive) of the chain that starts at item {@code from}: its items are consecutive. */
    private static int chainEnd(int[] chain, int from) {
        int to = from;
        while (to < chain.length && chain[to] == chain[from]) {
            to++;
        }
        return to;
    }

    /** Fills the work's emissions of both states at their error rates. */
    private static void emit(Emissions emissions, Workspace work, double epsAligned, double epsCorrupted) {
        for (int i = 0; i < work.e0.length; i++) {
            work.e0[i] = emissions.scaled(i, epsAligned);
            work.e1[i] = emissions.scaled(i, epsCorrupted);
        }
    }

    /** Scaled forward-backward over every chain; fills the state posteriors g0 (aligned) and g1. */
    private static Pass forwardBackward(Emissions emissions, Workspace work, int[] chain, double enter, double exit,
                                        double start, double epsAligned, double epsCorrupted, double[] g0, double[] g1) {
        int n = chain.length;
        double[] e0 = work.e0;
        double[] e1 = work.e1;
        double[] f0 = work.f0;
        double[] f1 = work.f1;
        double[] scale = work.scale;
        Pass pass = new Pass();
        emit(emissions, work, epsAligned, epsCorrupted);
        for (int i = 0; i < n; i++) {
            pass.logLikelihood += emissions.shift[i];
        }
        int from = 0;
        while (from < n) {
            int to = chainEnd(chain, from);
            double a0 = (1 - start) * e0[from];
            double a1 = start * e1[from];
            scale[from] = a0 + a1;
            f0[from] = a0 / scale[from];
            f1[from] = a1 / scale[from];
            for (int t = from + 1; t < to; t++) {
                a0 = (f0[t - 1] * (1 - enter) + f1[t - 1] * exit) * e0[t];
                a1 = (f0[t - 1] * enter + f1[t - 1] * (1 - exit)) * e1[t];
                scale[t] = a0 + a1;
                f0[t] = a0 / scale[t];
                f1[t] = a1 / scale[t];
            }
            double b0 = 1;
            double b1 = 1;
            g0[to - 1] = f0[to - 1];
            g1[to - 1] = f1[to - 1];
            for (int t = to - 2; t >= from; t--) {
                double next0 = e0[t + 1] * b0 / scale[t + 1];
                double next1 = e1[t + 1] * b1 / scale[t + 1];
                pass.alignedToCorrupted += f0[t] * enter * next1;
                pass.fromAligned += f0[t] * ((1 - enter) * next0 + enter * next1);
                pass.corruptedToAligned += f1[t] * exit * next0;
                pass.fromCorrupted += f1[t] * (exit * next0 + (1 - exit) * next1);
                double nb0 = (1 - enter) * next0 + enter * next1;
                double nb1 = exit * next0 + (1 - exit) * next1;
                b0 = nb0;
                b1 = nb1;
                g0[t] = f0[t] * b0;
                g1[t] = f1[t] * b1;
            }
            for (int t = from; t < to; t++) {
                pass.logLikelihood += Math.log(scale[t]);
            }
            from = to;
        }
        return pass;
    }

    /**
     * The permutation p-value of the stretches kept in chain {@code chainNumber} (see
     * {@link #permutationPValue}), or NaN when the chain keeps none or the stretch test is off.
     */
    double stretchPValue(int chainNumber) {
        return chainNumber < stretchPValue.length ? stretchPValue[chainNumber] : Double.NaN;
    }

    /** Posterior probability that item i lies in a corrupted stretch of the key. */
    double corruptedPosterior(int i) {
        return corruptedPosterior[i];
    }

    /**
     * The posterior log-odds that item i's gold is wrong when its own vote evidence is {@code evidence}: the
     * evidence the model was fitted to gives the model's posterior, another one (the margin evidence of
     * {@link LabelNoise}) keeps the item's fitted key state.
     */
    double logOddsWrong(int i, double evidence) {
        return logOddsWrong(evidence, 1 - corruptedPosterior[i], corruptedPosterior[i], alignedErrorRate,
                corruptedErrorRate);
    }

    double enter() {
        return enter;
    }

    double exit() {
        return exit;
    }

    double alignedErrorRate() {
        return alignedErrorRate;
    }

    double corruptedErrorRate() {
        return corruptedErrorRate;
    }
}
