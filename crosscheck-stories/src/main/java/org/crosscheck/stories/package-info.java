/**
 * Story clustering: grouping articles, in publication order, into stories. {@link
 * org.crosscheck.stories.OnlineStoryClusterer} is the stateless stage; {@link org.crosscheck.stories.MemoryStoryIndex}
 * holds all the stream's state (stories, document frequencies, near-duplicate signatures) with bounded memory;
 * {@link org.crosscheck.stories.StoryStream} runs a batch through them in the right order.
 */
package org.crosscheck.stories;
