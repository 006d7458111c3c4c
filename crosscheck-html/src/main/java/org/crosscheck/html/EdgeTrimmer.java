package org.crosscheck.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trims what templates put at the two ends of an article body, inside the same container as the text: the headline
 * again, the byline and dateline above it; the author's bio, contact line and newsletter pitch below it. Only short
 * paragraphs at the ends are looked at, so a sentence of the report that happens to mention a newsletter stays.
 */
final class EdgeTrimmer {

    /** Paragraphs longer than this are prose, whatever words they use. */
    private static final int SHORT = 300;
    private static final int HEAD = 3;
    private static final int TAIL = 4;

    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(?:subscribe|sign up|newsletters?|"
            + "delivered (?:to|through) your|follow (?:him|her|them|us|me)|click here|in your inbox|"
            + "contributed to this report|follow [\\w ]{1,30} on (?:twitter|facebook|instagram)|"
            + "is an? [\\w ,-]{0,40}?(?:reporter|writer|correspondent|editor|columnist|contributor))\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    /** A dateline or timestamp line: "Nov. 19, 2019, 8:41 AM UTC", "Updated 19/11/2019 08:02". */
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(?:(?:updated|published|posted|last updated)"
            + "\\b.*|.*\\b(?:19|20)\\d\\d\\b.*|.*\\b\\d{1,2}:\\d\\d\\b.*)$");
    private static final Pattern BY_LINE = Pattern.compile("(?i)^(?:by|von|par|por|di|door)\\b.{0,80}$");

    private EdgeTrimmer() {
    }

    static List<String> trim(List<String> paragraphs, PageMetadata.Meta meta) {
        List<String> out = new ArrayList<>(paragraphs);
        String title = key(meta.title());
        String byline = key(meta.byline());
        String site = key(meta.siteName());
        out.removeIf(p -> {
            String k = key(p);
            return k.equals(title) || k.equals(byline) || k.equals(site) || byline != null && k.equals("by " + byline);
        });
        for (int i = 0; i < HEAD && !out.isEmpty(); i++) {
            String p = out.get(0);
            if (p.length() < 100 && !p.endsWith(".") && (BY_LINE.matcher(p).matches() || DATE_LINE.matcher(p)
                    .matches()) || p.length() < SHORT && CALL_TO_ACTION.matcher(p).find()) {
                out.remove(0);
            } else {
                break;
            }
        }
        for (int i = 0; i < TAIL && !out.isEmpty(); i++) {
            String p = out.get(out.size() - 1);
            if (p.length() < SHORT && (CALL_TO_ACTION.matcher(p).find() || EMAIL.matcher(p).find()
                    || byline != null && key(p).startsWith(byline))) {
                out.remove(out.size() - 1);
            } else {
                break;
            }
        }
        return out;
    }

    private static String key(String s) {
        return s == null ? null : TextRenderer.normalise(s).toLowerCase(Locale.ROOT);
    }
}
