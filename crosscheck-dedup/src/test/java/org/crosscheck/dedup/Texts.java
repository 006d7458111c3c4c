package org.crosscheck.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fictional articles for the tests: generated sentences about invented places, reproducible from a seed. */
final class Texts {

    private static final String[] SUBJECTS = {"The harbour authority", "Mayor Ilse Varga", "The dockworkers' union",
            "Port director Tomas Rehn", "The Valmora council", "A ministry spokesperson", "Union leader Dmytro Kesh",
            "The Estrava coastguard", "Residents of Ostrel", "The ferry operator"};
    private static final String[] VERBS = {"said", "announced", "warned", "confirmed", "denied", "argued",
            "insisted", "reported", "promised", "suggested"};
    private static final String[] OBJECTS = {"that talks would resume on Thursday", "that the cranes stood idle",
            "that 2,500 workers had walked out", "a plan to divert ships to Ostrel", "new safety inspections",
            "that the contracts remained unsigned", "a fund for families of striking workers",
            "that the closure would cost millions", "an inquiry into the night shift",
            "that the ferry schedule would change", "that a deal was close", "fresh protests outside the gates"};
    private static final String[] TAILS = {"late on Saturday", "in a statement", "after a long meeting",
            "according to local radio", "on the quay", "without giving details", "for the third time this week",
            "to reporters in Valmora"};

    private Texts() {
    }

    /** An article of {@code paragraphs} paragraphs of two or three sentences. */
    static String article(long seed, int paragraphs) {
        Random r = new Random(seed);
        List<String> ps = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder sb = new StringBuilder();
            int sentences = 2 + r.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                sb.append(SUBJECTS[r.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)])
                        .append(' ').append(OBJECTS[r.nextInt(OBJECTS.length)]).append(' ')
                        .append(TAILS[r.nextInt(TAILS.length)]).append(", ").append(r.nextInt(1000))
                        .append(" of them ").append(word(r)).append('.');
            }
            ps.add(sb.toString());
        }
        return String.join("\n\n", ps);
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 4 + r.nextInt(5); i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
