/**
 * crosscheck's vocabulary: the immutable records that flow between stages ({@link org.crosscheck.api.Article},
 * {@link org.crosscheck.api.AnnotatedArticle}, {@link org.crosscheck.api.Claim}, {@link org.crosscheck.api.Brief}, ...)
 * and the stage interfaces that turn one into the next.
 *
 * <p>Every stage is a stateless function over records: one instance serves many threads and can run inside a
 * distributed operator. State that must outlive one call (the story index, duplicate signatures) sits behind the
 * small interfaces in {@link org.crosscheck.api.state}. Every record that points into a text checks its offsets on
 * construction, so a span that does not match its text fails where it is made, not where it is rendered.
 */
package org.crosscheck.api;
