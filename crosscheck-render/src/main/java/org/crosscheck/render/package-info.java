/**
 * Writes what crosscheck found for people and programs: JSON and JSON lines in the fields
 * {@code INTERFACE.md} fixes, and Markdown for reading. Text from articles is untrusted: Markdown output escapes
 * the characters that would turn into HTML or break a table when rendered.
 */
package org.crosscheck.render;
