/**
 * Benchmarks that measure crosscheck against a baseline on the same texts, in the same process, so that the ratio
 * holds on a noisy shared machine where absolute figures drift. Each returns a result record; the command line
 * prints it.
 */
package org.crosscheck.bench;
