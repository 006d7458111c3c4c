/**
 * Story clustering: grouping articles, in publication order, into stories. {@link
 * org.crosscheck.stories.OnlineStoryClusterer} is the stateless stage: what an article is about (weighted terms and
 * numbers, entity names, and with a {@link org.crosscheck.api.stage.SentenceEmbedder} the embedding of its title and
 * lead) and when (a time decay measured to each story's date range, so a live story keeps growing).
 * {@link org.crosscheck.stories.MemoryStoryIndex} holds all the stream's state (stories with their centroids,
 * document frequencies, the merges of stories found to be one) with memory bounded by a window; {@link
 * org.crosscheck.stories.StoryStream} runs a batch through them in the right order, preparing articles on all cores
 * and assigning them one at a time.
 */
package org.crosscheck.stories;
