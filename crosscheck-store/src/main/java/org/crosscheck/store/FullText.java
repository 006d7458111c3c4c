package org.crosscheck.store;

import java.util.List;

/**
 * Full-text search over the stored articles. Implementations either live inside the database (PostgreSQL) or are
 * derived from it and catch up on open (Lucene); either way the database is the truth.
 */
interface FullText extends AutoCloseable {

    /** Brings the index up to date with every article committed so far. */
    void catchUp(Database db);

    /** Takes in articles whose rows a write has just committed, in commit order. */
    void indexed(List<Changed> changed);

    /** Ranked hits for a web-search-style query ({@code words}, {@code "a phrase"}, {@code -not}). */
    List<SearchHit> search(Database db, String query, int limit, int offset);

    @Override
    void close();
}
