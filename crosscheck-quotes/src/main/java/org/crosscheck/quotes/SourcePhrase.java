package org.crosscheck.quotes;

import java.util.List;
import org.crosscheck.api.Span;

/**
 * A stretch of text that names who said something, before it is resolved to an entity.
 *
 * @param phrase the whole phrase as a reader would quote it ("White House spokesperson John Kirby", "a source
 *               familiar with the decision")
 * @param heads  what the phrase names: the name after any title, the pronoun, or the description itself; more than
 *               one when names are coordinated ("The Times and The Post")
 * @param form   how the source is given
 */
record SourcePhrase(Span phrase, List<Span> heads, Form form) {

    enum Form { PRONOUN, NAME, DESCRIPTION }

    SourcePhrase {
        heads = List.copyOf(heads);
    }

    Span head() {
        return heads.get(0);
    }
}
