/**
 * The demo: a small benchmark with model results, a card and a corpus, generated deterministically
 * with known faults planted, so that {@code evalaudit demo} shows every check at work without any file
 * of the user's.
 */
package org.evalaudit.cli.demo;
