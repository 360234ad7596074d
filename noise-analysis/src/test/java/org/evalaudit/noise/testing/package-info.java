/** Test fixtures of the noise-analysis tests: loaders for the shared real data. */
package org.evalaudit.noise.testing;
