/**
 * Speed measurements of the readers, run by hand ({@code java -cp ... ReadBench <files>}), never as
 * timed unit tests.
 */
package org.evalaudit.core.io.bench;
