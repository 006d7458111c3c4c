package org.crosscheck.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.api.Article;

/**
 * Deterministic edited copies of real articles, for measuring how many re-posts the detector still recognises. The
 * added chrome is our own invented wording; the copy keeps nothing of the original but its text, so the detector sees
 * exactly what a re-post at another outlet would give it.
 */
public final class EditedCopies {

    private static final String[] CHROME_BEFORE = {"Advertisement", "Skip to main content",
            "Listen to this article (4 min)", "By the Northgate Herald staff", "Share this story"};
    private static final String[] CHROME_AFTER = {"Sign up for the Northgate Herald morning briefing and get the day's "
            + "top stories in your inbox.", "Copyright 2031 Northgate Herald. All rights reserved.",
            "Related: more coverage from our national desk", "Comments are closed for this article.",
            "This article was originally published by a partner outlet and is republished with permission."};
    private static final String[] FILLERS = {"reportedly", "also", "now", "still", "officially"};

    private EditedCopies() {
    }

    /** A copy of {@code a} under the id {@code a.id() + "~" + edit} with the given edit, drawn from {@code seed}. */
    public static Article copy(Article a, Edit edit, long seed) {
        Random r = new Random(seed);
        String text = a.text();
        String title = a.title();
        boolean all = edit == Edit.ALL;
        if (edit == Edit.CUT || all) {
            text = cut(text, r);
        }
        if (edit == Edit.REPARAGRAPH || all) {
            text = reparagraph(text, r);
        }
        if (edit == Edit.HEADLINE || all) {
            title = "UPDATE: " + (title == null ? "Report" : title.toUpperCase(java.util.Locale.ROOT)) + " - Northgate";
        }
        if (edit == Edit.WORDS || all) {
            text = words(text, r);
        }
        if (edit == Edit.BOILERPLATE || all) {
            text = CHROME_BEFORE[r.nextInt(CHROME_BEFORE.length)] + "\n\n" + text + "\n\n"
                    + CHROME_AFTER[r.nextInt(CHROME_AFTER.length)];
        }
        return new Article(a.id() + "~" + edit.name().toLowerCase(java.util.Locale.ROOT), "Northgate Herald",
                a.published() == null ? null : a.published().plusDays(1 + r.nextInt(3)), null, title, a.language(),
                text, "edited copy of " + a.id());
    }

    /** Whether an article has enough paragraphs for every edit to mean something. */
    public static boolean editable(Article a) {
        return paragraphs(a.text()).size() >= 3;
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    private static String cut(String text, Random r) {
        List<String> ps = new ArrayList<>(paragraphs(text));
        int drop = (int) Math.round(ps.size() * (0.2 + 0.2 * r.nextDouble()));
        for (int i = 0; i < drop && ps.size() > 1; i++) {
            ps.remove(r.nextInt(ps.size()));
        }
        return String.join("\n\n", ps);
    }

    private static String reparagraph(String text, Random r) {
        String[] sentences = String.join(" ", paragraphs(text)).split("(?<=[.!?][\"”’]?)\\s+");
        StringBuilder sb = new StringBuilder();
        int inParagraph = 0;
        int size = 1 + r.nextInt(3);
        for (String s : sentences) {
            if (inParagraph == size) {
                sb.append("\n\n");
                inParagraph = 0;
                size = 1 + r.nextInt(3);
            } else if (inParagraph > 0) {
                sb.append(' ');
            }
            sb.append(s);
            inParagraph++;
        }
        return sb.toString();
    }

    private static String words(String text, Random r) {
        String[] tokens = text.split(" ", -1);
        StringBuilder sb = new StringBuilder(text.length() + 64);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (r.nextInt(40) == 0 && !t.contains("\n")) {
                switch (r.nextInt(3)) {
                    case 0 -> t = FILLERS[r.nextInt(FILLERS.length)];
                    case 1 -> t = "";
                    default -> t = t + " " + t;
                }
            }
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
