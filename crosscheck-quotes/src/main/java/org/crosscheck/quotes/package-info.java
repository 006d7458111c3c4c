/**
 * Direct quotations with their speakers ({@link org.crosscheck.quotes.RuleQuoteExtractor}) and source attributions
 * ({@link org.crosscheck.quotes.RuleAttributionExtractor}), found by rule. Both share one pass over the article's
 * speech cues, so a quotation's speaker and the attribution around it agree. The rules are general English
 * reporting patterns (speech verbs, source nouns, titles, appositives), never tied to one outlet's wording.
 */
package org.crosscheck.quotes;
