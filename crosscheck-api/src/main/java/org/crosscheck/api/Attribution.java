package org.crosscheck.api;

import java.util.Objects;

/**
 * Reported information credited to a source: "according to two U.S. officials", "CNN reported", "Congressional
 * sources suggest".
 *
 * @param start,end,text the attribution phrase itself (source and cue, e.g. "CNN reported on Sunday, citing two US
 *                       officials familiar with the decision")
 * @param source         who it is credited to, as the article names them, canonical where a person or outlet
 * @param kind           what kind of source that is
 * @param content        the span of what the attribution supports (usually the rest of its sentence or the
 *                       reported clause), or {@code null} when it cannot be told
 */
public record Attribution(int start, int end, String text, String source, SourceKind kind, Span content)
        implements Spanned {
    public Attribution {
        Spanned.check(start, end, text);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
    }
}
