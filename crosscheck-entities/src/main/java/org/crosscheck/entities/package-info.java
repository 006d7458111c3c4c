/**
 * Named entities: who and what an article names, and one canonical name for each real-world entity across a run.
 * {@link org.crosscheck.entities.CrfEntityRecognizer} finds mentions in one article (CoreNLP's 3-class CRF plus
 * general patterns for weapons, laws, regions and acronyms); {@link org.crosscheck.entities.AliasResolver} merges
 * transliterations, surnames, acronyms and country names across articles. Everything else in the package is a
 * package-private step of those two.
 */
package org.crosscheck.entities;
