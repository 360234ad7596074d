/**
 * The {@code evalaudit} command (picocli). Commands load inputs through audit-core's readers, run the
 * checks found on the class path, write the report files and print the scorecard; they hold no
 * analysis of their own. Exit codes: 0 done, 1 a finding at or above {@code --fail-on}, 2 usage error,
 * 3 input error, 4 internal error.
 */
package org.evalaudit.cli;
