/**
 * Text stages: cleaning page chrome and reading datelines ({@link org.crosscheck.text.PageCleaner}), language
 * identification ({@link org.crosscheck.text.OpenNlpLanguageIdentifier}), paragraphs, sentences and tokens
 * ({@link org.crosscheck.text.OpenNlpSegmenter}) and non-reporting regions: Q&amp;A transcripts with
 * unverifiable speakers, questions to the reader, opinion ({@link org.crosscheck.text.NonReportingClassifier}).
 *
 * <p>All four are stateless and safe to share between threads. The OpenNLP models come from the Maven Central
 * model jars on the classpath and are loaded once per JVM, on first use; nothing is downloaded.
 */
package org.crosscheck.text;
