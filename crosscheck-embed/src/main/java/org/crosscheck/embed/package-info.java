/**
 * In-process sentence embeddings. Owns {@link org.crosscheck.embed.MiniLmEmbedder}, the
 * {@link org.crosscheck.api.stage.SentenceEmbedder} backed by the quantised all-MiniLM-L6-v2 model that ships inside a
 * Maven Central jar, so nothing is fetched at run time.
 */
package org.crosscheck.embed;
