package org.evalaudit.noise.quality;

/**
 * Two items whose question and choices are identical after normalisation ({@link TextForms#exact}).
 *
 * @param first the item that comes first in the benchmark
 * @param second a later copy of it
 * @param firstGold gold of the first item (its choice text for multiple choice), or null
 * @param secondGold gold of the second
 * @param goldsAgree whether the two golds name the same answer
 */
public record DuplicatePair(String first, String second, String firstGold, String secondGold, boolean goldsAgree) {
}
