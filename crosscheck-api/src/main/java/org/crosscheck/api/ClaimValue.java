package org.crosscheck.api;

import java.time.LocalDate;

/**
 * One outlet's figure in a claim about a number, so a reader sees the spread.
 *
 * @param scope what the figure covers as that article says it ("in the Kursk region", "projected by year end")
 * @param evidence where the figure is stated
 */
public record ClaimValue(String article, String outlet, double value, String unit, Qualifier qualifier, String scope,
                         LocalDate published, Evidence evidence) {
}
