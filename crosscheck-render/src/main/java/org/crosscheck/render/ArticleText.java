package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.crosscheck.api.Evidence;

/**
 * An article's annotated text as HTML with every cited span wrapped in an anchored {@code <mark>}, so a citation
 * jumps to the exact words and CSS {@code :target} lights them up. Spans nest as elements must; a span that
 * crosses another is split, its first piece carrying the id and the rest pointing back to it with
 * {@code data-of}, which {@link #crossingRules} highlights together.
 */
final class ArticleText {

    /** The marked-up text and the ids of spans that had to be split. */
    record Marked(String html, List<String> split) {
    }

    private ArticleText() {
    }

    static Marked of(String text, Collection<Evidence> spans) {
        TreeSet<Evidence> ordered = new TreeSet<>(Comparator.comparingInt(Evidence::start)
                .thenComparing(Comparator.comparingInt(Evidence::end).reversed()));
        for (Evidence e : spans) {
            if (e.end() <= text.length()) {
                ordered.add(e);
            }
        }
        StringBuilder sb = new StringBuilder(text.length() + ordered.size() * 64);
        List<Evidence> open = new ArrayList<>();
        List<String> split = new ArrayList<>();
        List<Evidence> pending = new ArrayList<>(ordered);
        int next = 0;
        int pos = 0;
        while (pos <= text.length()) {
            // close what ends here; spans opened inside it that run on are closed too and reopened as pieces
            int outermost = -1;
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).end() == pos) {
                    outermost = i;
                    break;
                }
            }
            if (outermost >= 0) {
                List<Evidence> reopen = new ArrayList<>();
                for (int i = open.size() - 1; i >= outermost; i--) {
                    Evidence e = open.remove(i);
                    sb.append("</mark>");
                    if (e.end() != pos) {
                        reopen.add(0, e);
                    }
                }
                for (Evidence e : reopen) {
                    String id = Citations.anchor(e);
                    if (!split.contains(id)) {
                        split.add(id);
                    }
                    sb.append("<mark class=\"ev\" data-of=\"").append(id).append("\">");
                    open.add(e);
                }
            }
            while (next < pending.size() && pending.get(next).start() == pos) {
                Evidence e = pending.get(next++);
                sb.append("<mark class=\"ev\" id=\"").append(Citations.anchor(e)).append("\">");
                if (e.end() == pos) {
                    sb.append("</mark>");
                } else {
                    open.add(e);
                }
            }
            if (pos == text.length()) {
                break;
            }
            int stop = text.length();
            for (Evidence e : open) {
                stop = Math.min(stop, e.end());
            }
            if (next < pending.size()) {
                stop = Math.min(stop, pending.get(next).start());
            }
            Html.escapeTo(sb, text, pos, stop);
            pos = stop;
        }
        return new Marked(sb.toString(), List.copyOf(split));
    }

    /** CSS that highlights every piece of a split span when its first piece is the target. */
    static String crossingRules(Collection<String> splitIds) {
        StringBuilder sb = new StringBuilder();
        for (String id : splitIds) {
            sb.append("body:has(#").append(id).append(":target) mark[data-of=\"").append(id)
                    .append("\"]{background:var(--target);outline:2px solid var(--target-edge)}\n");
        }
        return sb.toString();
    }
}
