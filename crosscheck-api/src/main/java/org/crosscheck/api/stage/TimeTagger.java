package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.TimeExpression;

/**
 * Finds time expressions and normalises them to TIMEX3 values against {@link AnnotatedArticle#anchor()}; with no
 * anchor, relative expressions keep an underspecified value ({@code XXXX-11-05}) rather than a guess.
 */
@FunctionalInterface
public interface TimeTagger {
    List<TimeExpression> tag(AnnotatedArticle doc);
}
