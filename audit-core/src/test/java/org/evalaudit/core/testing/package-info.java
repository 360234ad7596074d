/** Test helpers shared by every module through audit-core's test-jar (real-data lookup, fixtures). */
package org.evalaudit.core.testing;
