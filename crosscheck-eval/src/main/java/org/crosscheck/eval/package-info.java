/**
 * Scoring crosscheck's output against reference annotations. Scorers read the JSON that the CLI writes (the fields
 * of {@code INTERFACE.md}), not internal records, so they measure exactly what an outside evaluation would.
 */
package org.crosscheck.eval;
