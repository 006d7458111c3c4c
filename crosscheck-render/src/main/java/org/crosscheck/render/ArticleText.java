package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.Evidence;

/**
 * An article's annotated text as HTML with every cited span wrapped in an anchored {@code <mark class="ev">}, so a
 * citation jumps to the exact words and CSS {@code :target} lights them up. Spans nest as elements must: a sentence
 * and the clause it opens with are two marks, one inside the other, each with an id of its own, so either can be the
 * target. A span that crosses another (or a paragraph break) is split, its first piece carrying the id and the rest
 * pointing back to it with {@code data-of}, which {@link #crossingRules} highlights together.
 *
 * <p>The brief writes the text as one block ({@link #of(String, Collection)}, laid out by {@code white-space:
 * pre-wrap}); the service's article page writes it in paragraphs with ids of its own ({@link #paragraphs}). A span
 * that runs past the text is left out rather than cut short: it was taken from another version of the article.
 */
public final class ArticleText {
    /** Blank lines (with any spaces on them) end a paragraph. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** The marked-up text and the ids of spans that had to be split, in the order they were first split. */
    public record Marked(String html, List<String> split) {
    }

    /** A span as it shows inside one stretch of text: cut to that stretch. */
    private record Piece(Evidence span, String id, int start, int end) {
    }

    /** Outer pieces first: by start, the longer first, then the span that began earlier (it was opened before). */
    private static final Comparator<Piece> NESTING = Comparator.comparingInt(Piece::start)
            .thenComparing(Comparator.comparingInt(Piece::end).reversed())
            .thenComparingInt(p -> p.span().start());

    private ArticleText() {
    }

    /** The text as one block, each span's id the one the brief's citations link to ({@link BriefHtml#anchor}). */
    public static Marked of(String text, Collection<Evidence> spans) {
        return mark(text, spans, Citations::anchor, List.of(new int[] {0, text.length()}), false);
    }

    /**
     * The text as paragraphs, each a {@code <p>} ended by a line break, split where a blank line is, a single line
     * break inside one kept as {@code <br>}; blank lines themselves are not written. A span that lies wholly in a
     * blank line gets an empty mark at the start of the next paragraph, so a link to it still lands there.
     *
     * @param ids each span's element id: a letter, then letters, digits, {@code -} or {@code _}, so it can stand
     *            in an attribute and a CSS selector as it is; spans with the same offsets must get the same id
     */
    public static Marked paragraphs(String text, Collection<Evidence> spans, Function<Evidence, String> ids) {
        List<int[]> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                paragraphs.add(new int[] {start, m.start()});
            }
            start = m.end();
        }
        if (text.length() > start) {
            paragraphs.add(new int[] {start, text.length()});
        }
        return mark(text, spans, ids, paragraphs, true);
    }

    /**
     * Marks the spans inside each stretch of the text, writing only the stretches. A span's first piece carries its
     * id; every later piece (after a crossing span or a stretch's end cut it) points back with {@code data-of}.
     */
    private static Marked mark(String text, Collection<Evidence> spans, Function<Evidence, String> ids,
            List<int[]> stretches, boolean paragraphs) {
        // one mark per offset pair: the id is derived from the offsets, so a second one would repeat it
        TreeSet<Evidence> distinct = new TreeSet<>(Comparator.comparingInt(Evidence::start)
                .thenComparingInt(Evidence::end));
        for (Evidence e : spans) {
            if (e.end() <= text.length()) {
                distinct.add(e);
            }
        }
        List<Piece> all = new ArrayList<>(distinct.size());
        for (Evidence e : distinct) {
            all.add(new Piece(e, checked(ids.apply(e), e), e.start(), e.end()));
        }
        StringBuilder sb = new StringBuilder(text.length() + all.size() * 64);
        Set<Evidence> shown = new HashSet<>();
        Set<String> split = new LinkedHashSet<>();
        for (int s = 0; s < stretches.size(); s++) {
            int from = stretches.get(s)[0];
            int to = stretches.get(s)[1];
            boolean last = s == stretches.size() - 1;
            List<Piece> pieces = new ArrayList<>();
            for (Piece p : all) {
                int a = Math.max(from, Math.min(p.start(), to));
                int b = Math.max(from, Math.min(p.end(), to));
                // a span shows where it overlaps the stretch; one never shown that does not reach past it (empty,
                // or lying in a blank line before it) shows as an empty mark, so its id is on the page
                if (b > a || (!shown.contains(p.span()) && (p.end() <= to || last))) {
                    pieces.add(new Piece(p.span(), p.id(), a, b));
                }
            }
            pieces.sort(NESTING);
            if (paragraphs) {
                sb.append("<p>");
            }
            stretch(sb, text, from, to, pieces, shown, split, paragraphs);
            if (paragraphs) {
                sb.append("</p>\n");
            }
        }
        return new Marked(sb.toString(), List.copyOf(split));
    }

    /** One stretch {@code [from, to)} with its pieces, sorted outer first. */
    private static void stretch(StringBuilder sb, String text, int from, int to, List<Piece> pending,
            Set<Evidence> shown, Set<String> split, boolean breaks) {
        List<Piece> open = new ArrayList<>();
        int next = 0;
        int pos = from;
        while (true) {
            // close what ends here; pieces opened inside it that run on are closed too and reopened as pieces
            int outermost = -1;
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).end() == pos) {
                    outermost = i;
                    break;
                }
            }
            if (outermost >= 0) {
                List<Piece> reopen = new ArrayList<>();
                for (int i = open.size() - 1; i >= outermost; i--) {
                    Piece p = open.remove(i);
                    sb.append("</mark>");
                    if (p.end() != pos) {
                        reopen.add(0, p);
                    }
                }
                for (Piece p : reopen) {
                    open(sb, p, shown, split);
                    open.add(p);
                }
            }
            while (next < pending.size() && pending.get(next).start() == pos) {
                Piece p = pending.get(next++);
                open(sb, p, shown, split);
                if (p.end() == pos) {
                    sb.append("</mark>");
                } else {
                    open.add(p);
                }
            }
            if (pos == to) {
                return;
            }
            int stop = to;
            for (Piece p : open) {
                stop = Math.min(stop, p.end());
            }
            if (next < pending.size()) {
                stop = Math.min(stop, pending.get(next).start());
            }
            escape(sb, text, pos, stop, breaks);
            pos = stop;
        }
    }

    private static void open(StringBuilder sb, Piece p, Set<Evidence> shown, Set<String> split) {
        if (shown.add(p.span())) {
            sb.append("<mark class=\"ev\" id=\"").append(p.id()).append("\">");
        } else {
            split.add(p.id());
            sb.append("<mark class=\"ev\" data-of=\"").append(p.id()).append("\">");
        }
    }

    private static void escape(StringBuilder sb, String text, int from, int to, boolean breaks) {
        if (breaks) {
            for (int nl = text.indexOf('\n', from); nl >= 0 && nl < to; nl = text.indexOf('\n', from)) {
                Html.escapeTo(sb, text, from, nl);
                sb.append("<br>");
                from = nl + 1;
            }
        }
        Html.escapeTo(sb, text, from, to);
    }

    private static String checked(String id, Evidence e) {
        boolean ok = id != null && !id.isEmpty() && Character.isLetter(id.charAt(0)) && id.charAt(0) < 128;
        for (int i = 0; ok && i < id.length(); i++) {
            char c = id.charAt(i);
            ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        }
        if (!ok) {
            throw new IllegalArgumentException("the id '" + id + "' of span " + e
                    + " is not a letter followed by letters, digits, '-' or '_'");
        }
        return id;
    }

    /** CSS that highlights every piece of a split span when its first piece is the target. */
    public static String crossingRules(Collection<String> splitIds) {
        StringBuilder sb = new StringBuilder();
        for (String id : splitIds) {
            sb.append("body:has(#").append(id).append(":target) mark[data-of=\"").append(id)
                    .append("\"]{background:var(--target);outline:2px solid var(--target-edge)}\n");
        }
        return sb.toString();
    }
}
