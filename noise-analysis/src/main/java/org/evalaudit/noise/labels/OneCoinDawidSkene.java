package org.evalaudit.noise.labels;

import java.util.Arrays;


/**
 * The one-coin Dawid-Skene annotator model (Dawid and Skene 1979, with one accuracy per annotator as in
 * Raykar et al. 2010 and Li and Yu 2014): model j gives the true answer with probability p_j and any other
 * of the H-1 hypotheses with probability (1 - p_j)/(H - 1). EM alternates the posterior over each item's
 * true answer with the accuracies and a class prior over choice positions (letters; uniform for free-form
 * items). The gold is not a vote: the model says what the models, and only they, believe.
 *
 * <p>It serves twice: its accuracies weight the votes of the label-noise model (the weighted majority
 * vote with weights log(p (H-1)/(1-p)) is optimal under this model, Nitzan and Paroush 1982), and its
 * log-odds of the best other answer against the gold is one of the baseline rankers.
 */
final class OneCoinDawidSkene {
    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-7;
    private static final double MIN_ACCURACY = 1e-6;
    /** One-sided p < 0.001: the z a model's accuracy must reach over chance for its votes to count. */
    static final double MIN_Z_ABOVE_CHANCE = 3.09;

    private final double[] accuracy;
    private final double[] answered;
    private final int[] hypothesisStart;
    private final double[] logPosterior;

    private OneCoinDawidSkene(double[] accuracy, double[] answered, int[] hypothesisStart, double[] logPosterior) {
        this.accuracy = accuracy;
        this.answered = answered;
        this.hypothesisStart = hypothesisStart;
        this.logPosterior = logPosterior;
    }

    /** Fits by EM from the majority-vote shares until no accuracy moves by 1e-7 or more. */
    static OneCoinDawidSkene fit(VoteTable votes) {
        int n = votes.size();
        int models = votes.models().size();
        int[] start = hypothesisStarts(votes);
        double[] posterior = new double[start[n]];
        int maxPositions = 0;
        for (int i = 0; i < n; i++) {
            maxPositions = Math.max(maxPositions, votes.hypotheses(i));
            double total = 0;
            for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
                posterior[start[i] + votes.voteCategory(v)] += votes.voteShare(v);
                total += votes.voteShare(v);
            }
            int h = votes.hypotheses(i);
            for (int k = 0; k < h; k++) {
                posterior[start[i] + k] = total > 0 ? posterior[start[i] + k] / total : 1.0 / h;
            }
        }
        double[] accuracy = new double[models];
        double[] answered = new double[models];
        double[] correct = new double[models];
        accumulate(votes, start, posterior, correct, answered);
        double[] logRight = new double[models];
        double[] logWrong = new double[models];
        double[] prior = new double[maxPositions];
        double[] logPosterior = new double[start[n]];
        int iteration = 0;
        boolean converged = false;
        while (!converged && iteration < MAX_ITERATIONS) {
            iteration++;
            double change = 0;
            for (int j = 0; j < models; j++) {
                double p = answered[j] > 0 ? correct[j] / answered[j] : 0.5;
                p = Math.min(1 - MIN_ACCURACY, Math.max(MIN_ACCURACY, p));
                change = Math.max(change, Math.abs(p - accuracy[j]));
                accuracy[j] = p;
                logRight[j] = Math.log(p);
                logWrong[j] = Math.log1p(-p);
            }
            positionPrior(votes, start, posterior, prior);
            Arrays.fill(correct, 0);
            for (int i = 0; i < n; i++) {
                posteriorOf(votes, i, start, prior, logRight, logWrong, posterior, logPosterior);
                for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
                    correct[votes.voteModel(v)] += votes.voteShare(v) * posterior[start[i] + votes.voteCategory(v)];
                }
            }
            converged = change < TOLERANCE;
        }
        return new OneCoinDawidSkene(accuracy, answered, start, logPosterior);
    }

    /** The M-step sums: posterior mass of each model's answers, and its number of votes. */
    private static void accumulate(VoteTable votes, int[] start, double[] posterior, double[] correct,
                                   double[] answered) {
        for (int i = 0; i < votes.size(); i++) {
            for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
                int j = votes.voteModel(v);
                double share = votes.voteShare(v);
                correct[j] += share * posterior[start[i] + votes.voteCategory(v)];
                answered[j] += share;
            }
        }
    }

    /** Offsets of each item's hypotheses in the flat posterior arrays. */
    static int[] hypothesisStarts(VoteTable votes) {
        int[] start = new int[votes.size() + 1];
        for (int i = 0; i < votes.size(); i++) {
            start[i + 1] = start[i] + votes.hypotheses(i);
        }
        return start;
    }

    /** Mean posterior of each choice position over multiple-choice items. */
    private static void positionPrior(VoteTable votes, int[] start, double[] posterior, double[] prior) {
        Arrays.fill(prior, 0);
        int count = 0;
        for (int i = 0; i < votes.size(); i++) {
            if (votes.isFreeForm(i)) {
                continue;
            }
            count++;
            for (int k = 0; k < votes.hypotheses(i); k++) {
                prior[k] += posterior[start[i] + k];
            }
        }
        for (int k = 0; k < prior.length; k++) {
            prior[k] = count == 0 ? 0 : prior[k] / count;
        }
    }

    private static void posteriorOf(VoteTable votes, int i, int[] start, double[] prior, double[] logRight,
                                    double[] logWrong, double[] posterior, double[] logPosterior) {
        int h = votes.hypotheses(i);
        int s = start[i];
        double logOthers = Math.log(Math.max(1, h - 1));
        double priorMass = 0;
        if (!votes.isFreeForm(i)) {
            for (int k = 0; k < h; k++) {
                priorMass += prior[k];
            }
        }
        for (int k = 0; k < h; k++) {
            double p = votes.isFreeForm(i) || priorMass <= 0 ? 1.0 / h : prior[k] / priorMass;
            logPosterior[s + k] = p > 0 ? Math.log(p) : Double.NEGATIVE_INFINITY;
        }
        double base = 0;
        for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
            int j = votes.voteModel(v);
            double share = votes.voteShare(v);
            base += share * logWrong[j];
            logPosterior[s + votes.voteCategory(v)] += share * (logRight[j] - logWrong[j] + logOthers);
        }
        base -= logOthers * voteMass(votes, i);
        for (int k = 0; k < h; k++) {
            logPosterior[s + k] += base;
        }
        double norm = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h; k++) {
            norm = Special.logAddExp(norm, logPosterior[s + k]);
        }
        for (int k = 0; k < h; k++) {
            logPosterior[s + k] -= norm;
            posterior[s + k] = Math.exp(logPosterior[s + k]);
        }
    }

    /** Sum of the item's vote weights (its number of voters when every model answered once). */
    private static double voteMass(VoteTable votes, int i) {
        if (votes.unitShares()) {
            return votes.voteEnd(i) - votes.voteStart(i);
        }
        double mass = 0;
        for (int v = votes.voteStart(i); v < votes.voteEnd(i); v++) {
            mass += votes.voteShare(v);
        }
        return mass;
    }

    /** Estimated probability that model j gives the true answer. */
    double accuracy(int model) {
        return accuracy[model];
    }

    /** Votes model j cast (a model's several responses to an item count as one vote). */
    double answered(int model) {
        return answered[model];
    }

    /** log P(true answer = category | votes). */
    double logPosterior(int item, int category) {
        return logPosterior[hypothesisStart[item] + category];
    }

    /**
     * The baseline score: log-odds of the most probable non-gold answer against the gold; NaN when the
     * item has no usable gold.
     */
    double bestOtherLogOdds(VoteTable votes, int item) {
        int g = votes.gold(item);
        if (g < 0) {
            return Double.NaN;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < votes.hypotheses(item); k++) {
            if (k != g) {
                best = Math.max(best, logPosterior(item, k));
            }
        }
        return best - logPosterior(item, g);
    }

    /**
     * Vote weights: the log-odds of each model's accuracy against chance among {@code hypotheses} answers,
     * and 0 for a model that is not better than chance at one-sided p < 0.001 (z < 3.09 in the normal
     * approximation of the binomial over the votes it cast): such a model carries no evidence, and even a
     * small weight would add noise, because a first vote for an answer moves the Dirichlet vote model far
     * more than later ones. The weights are scaled by sum(w) / sum(w^2) so that they add up to Kish's
     * effective number of votes (sum w)^2 / sum w^2 (Kish 1965): twenty equally good models still count as
     * twenty votes. All 1 when no model beats chance.
     */
    double[] voteWeights(int hypotheses) {
        int models = accuracy.length;
        double[] weight = new double[models];
        double chanceLogOdds = -Math.log(Math.max(1, hypotheses - 1));
        double sum = 0;
        double sumSquares = 0;
        for (int j = 0; j < models; j++) {
            if (answered[j] <= 0) {
                continue;
            }
            double chance = 1.0 / Math.max(1, hypotheses);
            double z = (accuracy[j] - chance) / Math.sqrt(chance * (1 - chance) / answered[j]);
            weight[j] = z >= MIN_Z_ABOVE_CHANCE ? Math.max(0, Special.logit(accuracy[j]) - chanceLogOdds) : 0;
            sum += weight[j];
            sumSquares += weight[j] * weight[j];
        }
        for (int j = 0; j < models; j++) {
            weight[j] = sum > 0 ? weight[j] * sum / sumSquares : (answered[j] > 0 ? 1 : 0);
        }
        return weight;
    }
}
