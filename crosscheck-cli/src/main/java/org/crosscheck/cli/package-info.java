/**
 * The {@code crosscheck} command line: picocli commands that read inputs, run the
 * {@link org.crosscheck.pipeline.Pipeline} and write what it found. Exit status 0 on success, 1 when nothing could be
 * read or a run failed, 2 on wrong usage.
 */
package org.crosscheck.cli;
