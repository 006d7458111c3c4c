package org.crosscheck.eval;

import java.util.Locale;

/** Lenient comparison of names and descriptions, as a person checking a speaker would make it. */
final class Names {
    private Names() {
    }

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ").strip();
        return n.replaceFirst("^(a|an|the) ", "");
    }

    static boolean same(String a, String b) {
        return !norm(a).isEmpty() && norm(a).equals(norm(b));
    }

    static String lastToken(String s) {
        String n = norm(s);
        int i = n.lastIndexOf(' ');
        return i < 0 ? n : n.substring(i + 1);
    }
}
