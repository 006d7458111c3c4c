package org.crosscheck.api;

/**
 * A direct quotation. The span covers the quoted words without the quotation marks.
 *
 * @param speaker      canonical name of who said it, or the description the article gives ("a US official"),
 *                     or {@code null} when the article does not say
 * @param speakerSpan  where the speaker is named for this quote (the name, pronoun or description), or {@code null}
 * @param speakerKind  what kind of source the speaker is, or {@code null} when there is no speaker
 */
public record Quote(int start, int end, String text, String speaker, Span speakerSpan, SourceKind speakerKind)
        implements Spanned {
    public Quote {
        Spanned.check(start, end, text);
    }
}
