/**
 * Answer normalisation, matching and extraction shared by the readers (a results file without scores is
 * graded against the gold) and by the grading check (strict-vs-lenient re-grading, sin 6). One
 * implementation, so that a score derived while reading and a score re-derived by a check agree.
 */
package org.evalaudit.core.grading;
