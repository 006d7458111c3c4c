package org.crosscheck.stories;

/**
 * Prefixes that keep the namespaces of candidate keys and document frequencies apart, so the term "paris" and
 * the entity "paris" are counted separately.
 */
final class Features {

    static final String TERM = "t:";
    static final String ENTITY = "e:";

    private Features() {
    }
}
