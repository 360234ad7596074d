/**
 * What contamination does to scores: per model, the score on clean vs dirty items (the GPT-3 and
 * Llama 2 style analysis), and the gap between a public and a private split with a two-proportion test
 * and Holm's correction across models.
 */
package org.evalaudit.contamination.impact;
