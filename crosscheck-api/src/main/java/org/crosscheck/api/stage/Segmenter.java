package org.crosscheck.api.stage;

import java.util.List;
import org.crosscheck.api.Sentence;

/** Splits a text into paragraphs, sentences and tokens. Sentences never cross a paragraph break. */
@FunctionalInterface
public interface Segmenter {
    List<Sentence> segment(String text);
}
