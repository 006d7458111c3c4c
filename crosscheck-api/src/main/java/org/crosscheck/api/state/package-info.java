/**
 * State that outlives one stage call, behind small interfaces: the story index the clusterer reads and updates, and
 * what the claim stages know of each source. Implementations are in-memory now and a keyed state backend later.
 */
package org.crosscheck.api.state;
