/**
 * Writes what crosscheck found for people and programs: JSON and JSON lines in the fields
 * {@code INTERFACE.md} fixes, Markdown for reading, and the brief as one self-contained HTML page ({@link
 * org.crosscheck.render.BriefHtml}) with SVG charts drawn here, a coverage matrix and the articles with every cited
 * span anchored. Text from articles is untrusted: Markdown output escapes the characters that would turn into HTML
 * or break a table when rendered; HTML output escapes every string through {@link org.crosscheck.render.Html},
 * links only http(s) URLs and carries no script.
 */
package org.crosscheck.render;
