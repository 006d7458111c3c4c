/**
 * The durable store: articles, their annotations, stories, claims, briefs and the run history, in the embedded
 * SQLite file under a data directory or in PostgreSQL for teams, with one schema and one set of Flyway migrations.
 *
 * <p>{@link org.crosscheck.store.Store} is the whole public surface. Every write is one transaction, so a reader
 * (or a process that was killed mid-write) never sees half of one. Writes are keyed by deterministic ids and
 * content hashes, so storing the same article twice changes nothing. Full-text search runs on PostgreSQL's own
 * text search on the server and on a Lucene index under the data directory for the embedded store; that index is
 * derived data and catches up from the database's change sequence whenever the store is opened.
 */
package org.crosscheck.store;
