package org.crosscheck.render;

import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Attribution;
import org.crosscheck.api.EntityMention;
import org.crosscheck.api.Quantity;
import org.crosscheck.api.Quote;
import org.crosscheck.api.Region;
import org.crosscheck.api.TimeExpression;

/** An annotated article as Markdown tables, for reading what each stage found. */
public final class AnnotationMarkdown {
    private AnnotationMarkdown() {
    }

    public static String of(AnnotatedArticle doc) {
        StringBuilder sb = new StringBuilder();
        var a = doc.article();
        sb.append("## ").append(Markdown.text(a.id()));
        if (a.title() != null) {
            sb.append(": ").append(Markdown.text(a.title()));
        }
        sb.append("\n\n").append(Markdown.text(a.outlet() == null ? "unknown outlet" : a.outlet()))
                .append(", ").append(a.published() == null ? "undated" : a.published().toString())
                .append(", language ").append(a.language() == null ? "?" : a.language())
                .append(", ").append(doc.sentences().size()).append(" sentences\n\n");
        if (!doc.entities().isEmpty()) {
            sb.append("| Entity | Type | Canonical | At |\n|---|---|---|---|\n");
            for (EntityMention e : doc.entities()) {
                row(sb, e.text(), e.type().name(), e.canonical(), e.start() + "-" + e.end());
            }
            sb.append('\n');
        }
        if (!doc.quantities().isEmpty()) {
            sb.append("| Quantity | Value | Unit | Qualifier |\n|---|---|---|---|\n");
            for (Quantity q : doc.quantities()) {
                row(sb, q.text(), trim(q.value()), q.unit(), q.qualifier().label());
            }
            sb.append('\n');
        }
        if (!doc.times().isEmpty()) {
            sb.append("| Time | Value | Type |\n|---|---|---|\n");
            for (TimeExpression t : doc.times()) {
                row(sb, t.text(), t.value(), t.type().name());
            }
            sb.append('\n');
        }
        if (!doc.quotes().isEmpty()) {
            sb.append("| Quote | Speaker |\n|---|---|\n");
            for (Quote q : doc.quotes()) {
                row(sb, q.text(), q.speaker() == null ? "(not given)" : q.speaker());
            }
            sb.append('\n');
        }
        if (!doc.attributions().isEmpty()) {
            sb.append("| Attribution | Source | Kind |\n|---|---|---|\n");
            for (Attribution at : doc.attributions()) {
                row(sb, at.text(), at.source(), at.kind().label());
            }
            sb.append('\n');
        }
        for (Region r : doc.regions()) {
            sb.append("Not reporting (").append(r.kind().name().toLowerCase(java.util.Locale.ROOT)).append(", ")
                    .append(r.start()).append('-').append(r.end()).append("): ").append(Markdown.text(r.why()))
                    .append("\n\n");
        }
        return sb.toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) && Math.abs(v) < 9.0e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static void row(StringBuilder sb, String... cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(Markdown.cell(c)).append(" |");
        }
        sb.append('\n');
    }
}
