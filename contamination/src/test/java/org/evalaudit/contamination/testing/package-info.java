/** Test helpers of the contamination module: reading the shared dev corpus and benchmark. */
package org.evalaudit.contamination.testing;
