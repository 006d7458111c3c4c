/**
 * {@code crosscheck serve}: the versioned REST API under {@code /v1} and the server-rendered web page at {@code /}.
 * The package owns the HTTP surface only: routes, input limits, API keys, rate limits, escaping and the pages. What
 * is stored and how articles become stories sits behind {@link org.crosscheck.serve.Library}, so the same server
 * runs over the in-memory library (tests, a quick look) or the durable store.
 */
package org.crosscheck.serve;
