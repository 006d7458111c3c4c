/**
 * Reading articles from what users have: files and folders of plain text, JSON lines (gzipped too), with a manifest
 * for metadata the files do not carry. Readers never stop a run on bad input: each unreadable item becomes a
 * {@link org.crosscheck.ingest.ReadProblem} with its file and line, and everything read before and after it is kept.
 */
package org.crosscheck.ingest;
