/** Speed and memory benchmark of the noise checks on a generated leaderboard ({@link org.evalaudit.noise.bench.NoiseBench}). */
package org.evalaudit.noise.bench;
