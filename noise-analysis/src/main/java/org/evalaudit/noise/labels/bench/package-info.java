/**
 * Measurement of the label analysis: {@link org.evalaudit.noise.labels.bench.LabelEval} measures ranking
 * quality on MMLU-Redux expert verdicts against the simple rankers (with bootstrap intervals over subjects,
 * an ablation of every signal, a leave-subjects-out check, a per-subject comparison with one-coin Dawid-Skene
 * ({@link org.evalaudit.noise.labels.bench.SubjectComparison}) and candidate signals chosen on half the
 * subjects ({@link org.evalaudit.noise.labels.bench.CandidateSignals})); {@link
 * org.evalaudit.noise.labels.bench.LabelBench} times the ranking of a large synthetic benchmark.
 */
package org.evalaudit.noise.labels.bench;
