/**
 * Signal and noise across training checkpoints (Heineman et al. 2025, "Signal and Noise: A Framework for
 * Reducing Uncertainty in Language Model Evaluation", arXiv 2508.13144). Checkpoints are recognised by
 * model name: {@code run@step}.
 */
package org.evalaudit.noise.checkpoints;
