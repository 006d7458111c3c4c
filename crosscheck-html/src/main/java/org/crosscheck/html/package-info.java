/**
 * Reading articles out of web pages: {@link org.crosscheck.html.JsoupPageExtractor} finds a page's main text and
 * metadata, {@link org.crosscheck.html.HtmlFileReader} reads saved {@code .html} files with it, and
 * {@link org.crosscheck.html.ExtractionBenchmark} measures extraction the way the public article-extraction
 * benchmark does.
 */
package org.crosscheck.html;
