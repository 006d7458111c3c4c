package org.crosscheck.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        stable identifier: the file name without its ending, or the {@code id} of a JSON line
 * @param outlet    who published it, or {@code null} when unknown
 * @param published publication date, or {@code null} when neither the input nor the text gives one
 * @param url       where it was published, or {@code null}
 * @param title     its headline, or {@code null}
 * @param language  ISO 639-1 code, or {@code null} before language identification
 * @param text      the body text
 * @param origin    where it was read from ({@code file}, {@code file:line}, {@code file#record}), for error messages
 */
public record Article(String id, String outlet, LocalDate published, String url, String title, String language,
                      String text, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text of article " + id);
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank article id (from " + origin + ")");
        }
    }

    public Article withText(String newText) {
        return new Article(id, outlet, published, url, title, language, newText, origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, outlet, date, url, title, language, text, origin);
    }

    public Article withLanguage(String lang) {
        return new Article(id, outlet, published, url, title, lang, text, origin);
    }

    public Article withTitle(String newTitle) {
        return new Article(id, outlet, published, url, newTitle, language, text, origin);
    }
}
