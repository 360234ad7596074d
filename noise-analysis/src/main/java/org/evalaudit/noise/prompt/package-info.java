/**
 * Prompt and seed sensitivity (sin 1b): how much a model's score and the ranking of models move when only
 * the prompt template (or the sample/seed) changes. Metrics after Mizrahi et al. (TACL 2024, "State of What
 * Art? A Call for Multi-Prompt LLM Evaluation", arXiv 2401.00595): spread, SD, MaxP, AvgP, CPS; plus
 * per-item flip rates and Kendall tau between the rankings under each pair of conditions.
 */
package org.evalaudit.noise.prompt;
