/**
 * Saturation (sin 7): how close the best model is to the best score the benchmark allows, how many items
 * no longer separate models, and, with release dates, when the trend of the best score reaches the ceiling.
 */
package org.evalaudit.noise.saturation;
