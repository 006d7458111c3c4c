/**
 * Time expressions: finding them in an article and normalising them to TIMEX3 values against its publication date
 * ({@link org.crosscheck.temporal.RuleTimeTagger}), reading dateline dates
 * ({@link org.crosscheck.temporal.Datelines}), and scoring the tagger on TimeML documents the TempEval-3 way
 * ({@link org.crosscheck.temporal.TimeMlBenchmark}), overall and per sub-corpus, with an error analysis by category
 * of expression and kind of mistake, and in three bins (missed, extra, wrong value) with the value F1 each group
 * would gain if fixed ({@code ErrorReport}, {@code ErrorCategories}). Rule groups each own one kind of expression
 * (explicit dates, days, periods, durations, references); the tagger settles their overlaps. Each rule's pattern is
 * tried only where a word its matches can begin with begins ({@code Keyed}, {@code WordIndex}), which finds what a
 * scan of every position would at a tenth of the cost.
 */
package org.crosscheck.temporal;
