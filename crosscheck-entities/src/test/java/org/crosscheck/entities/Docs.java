package org.crosscheck.entities;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;

/** Builds test articles from short fictional texts. */
final class Docs {
    private Docs() {
    }

    static AnnotatedArticle of(String id, String text) {
        return AnnotatedArticle.of(new Article(id, "Fictional Outlet", null, null, null, "en", text, "test"));
    }

    static AnnotatedArticle tagged(String id, String text) {
        AnnotatedArticle d = of(id, text);
        return d.withEntities(new CrfEntityRecognizer().recognize(d));
    }
}
