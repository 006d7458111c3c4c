/**
 * Time expressions: finding them in an article and normalising them to TIMEX3 values against its publication date
 * ({@link org.crosscheck.temporal.RuleTimeTagger}), and reading dateline dates
 * ({@link org.crosscheck.temporal.Datelines}). Rule groups each own one kind of expression (explicit dates, days,
 * periods, durations, references); the tagger settles their overlaps.
 */
package org.crosscheck.temporal;
