package org.crosscheck.api.stage;

import org.crosscheck.api.Article;
import org.crosscheck.api.Cleaned;

/** Reduces a received text to its reporting body: drops page chrome and reads a dateline when there is one. */
@FunctionalInterface
public interface Cleaner {
    Cleaned clean(Article article);
}
