package org.crosscheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Locating gold texts in annotated text, and overlap tests between spans. */
final class Spans {
    private Spans() {
    }

    record At(int start, int end) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }

        boolean overlaps(JsonNode item) {
            return overlaps(item.get("start").asInt(), item.get("end").asInt());
        }
    }

    /** Every occurrence of {@code needle} in {@code text}; with {@code words}, only as a whole word. */
    static List<At> find(String text, String needle, boolean words) {
        List<At> out = new ArrayList<>();
        if (needle == null || needle.isEmpty()) {
            return out;
        }
        int from = 0;
        while (true) {
            int i = text.indexOf(needle, from);
            if (i < 0) {
                return out;
            }
            int j = i + needle.length();
            boolean ok = !words || ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (j == text.length() || !Character.isLetterOrDigit(text.charAt(j))));
            if (ok) {
                out.add(new At(i, j));
            }
            from = i + 1;
        }
    }

    static At first(String text, String needle) {
        List<At> all = find(text, needle, false);
        return all.isEmpty() ? null : all.get(0);
    }
}
