/**
 * Feeds and web archives as article inputs: RSS 2.0 and Atom files ({@link org.crosscheck.feeds.FeedReader}, via
 * Rome), WARC archives ({@link org.crosscheck.feeds.WarcReader}, via jwarc, with the page text left to an
 * {@link org.crosscheck.ingest.PageExtractor}), and OPML subscription lists ({@link org.crosscheck.feeds.Opml}) for
 * commands that poll feeds. Everything here reads local files only; nothing opens a network connection.
 */
package org.crosscheck.feeds;
