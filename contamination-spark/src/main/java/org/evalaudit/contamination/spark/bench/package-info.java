/** Measurements of the Spark scan against the local scanner (a {@code main}, never a timed unit test). */
package org.evalaudit.contamination.spark.bench;
