package org.evalaudit.noise.prompt;

import java.util.List;

/**
 * How one model's score moves across conditions (templates, paraphrases or samples). With acc_c its
 * score under condition c (Mizrahi et al., TACL 2024, arXiv 2401.00595, section 5):
 *
 * @param model model name
 * @param scores its score under each condition, in condition order (NaN where not run)
 * @param spread max_c acc_c - min_c acc_c
 * @param sd sample standard deviation of acc_c (divisor C - 1), NaN with one condition
 * @param maxP MaxP = max_c acc_c, the score under the model's best prompt (what a developer would report)
 * @param avgP AvgP = mean_c acc_c, the expected score under a random prompt
 * @param cps combined performance score CPS = MaxP (1 - (MaxP - AvgP)): high only when the best score is
 *     high and other prompts do not fall far below it
 * @param flipRate share of items whose correctness flips across conditions, NaN from aggregated tables
 */
public record ModelSpread(String model, List<Double> scores, double spread, double sd, double maxP, double avgP,
                          double cps, double flipRate) {

    public ModelSpread {
        scores = List.copyOf(scores);
    }
}
