/**
 * Watching news feeds: a {@link org.crosscheck.watch.Fetcher} that fetches http(s) URLs safely and politely (typed
 * {@link org.crosscheck.watch.FetchLimits}, manual redirects re-checked at every hop, conditional GET, per-host
 * delay), the per-feed {@link org.crosscheck.watch.WatchState} kept durably under a data folder, and the
 * {@link org.crosscheck.watch.Watcher} that polls feeds when due and turns each new item, read from its linked page
 * or else from its summary, into an article for an {@link org.crosscheck.ingest.ArticleSink}. This is the only
 * package of crosscheck that opens network connections.
 */
package org.crosscheck.watch;
