package org.evalaudit.core.model;

import java.time.LocalDate;

/**
 * What the benchmark card says about one model.
 *
 * @param name model name as it appears in the results
 * @param releaseDate release date, or null; used to project saturation
 * @param strong whether the card counts this model as strong: the suspect-label explanations name the strong
 *     models that give an item's suggested answer
 */
public record ModelInfo(String name, LocalDate releaseDate, boolean strong) {
}
