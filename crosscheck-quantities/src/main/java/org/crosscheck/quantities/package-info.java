/**
 * Quantities in news text: numbers with what they count or measure, how they are hedged, and the conversions the
 * text gives. {@link org.crosscheck.quantities.RuleQuantityExtractor} is the stage; the other classes are its
 * readers (tokens, numbers, units, counted nouns, hedges, non-quantities, referents), each one idea, all stateless.
 */
package org.crosscheck.quantities;
