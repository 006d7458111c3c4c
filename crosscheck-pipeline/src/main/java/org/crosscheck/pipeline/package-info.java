/**
 * crosscheck's jobs as compositions of stages: {@link org.crosscheck.pipeline.Pipeline} reads top to bottom,
 * annotate, then cluster, then brief. The CLI, a server or a stream job call it; none of them composes stages on
 * its own.
 */
package org.crosscheck.pipeline;
