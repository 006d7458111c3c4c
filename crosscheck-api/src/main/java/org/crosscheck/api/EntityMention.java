package org.crosscheck.api;

import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * @param canonical the one name used for this real-world entity across the whole run (Zelensky, Zelenskiy and
 *                  Zelenskyy share one); recognisers fill in their best local guess and an
 *                  {@link org.crosscheck.api.stage.EntityResolver} settles it across articles
 */
public record EntityMention(int start, int end, String text, EntityType type, String canonical) implements Spanned {
    public EntityMention {
        Spanned.check(start, end, text);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(canonical, "canonical");
    }

    public EntityMention withCanonical(String name) {
        return new EntityMention(start, end, text, type, name);
    }
}
