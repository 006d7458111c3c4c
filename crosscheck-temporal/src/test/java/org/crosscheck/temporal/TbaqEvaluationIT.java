package org.crosscheck.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * TempEval-3 figures on TimeBank and AQUAINT ({@code data/time/tbaq}): each document's body is reduced to plain
 * text with the gold TIMEX3 offsets kept, tagged with its creation time as anchor, and scored with relaxed span
 * matching (any overlap, one to one) and value F1 (relaxed match and the same value). The floor pins the figure
 * reached so that a rule change that loses ground fails here.
 */
class TbaqEvaluationIT {

    /** Value F1 reached when the floor was last raised, minus a hundredth of slack. */
    private static final double VALUE_F1_FLOOR = 0.795;

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>");

    record Gold(int start, int end, String text, String value) {
    }

    record Doc(String name, String text, LocalDate anchor, List<Gold> gold) {
    }

    @Test
    void tempEval3Figures() throws IOException {
        Path dir = shared().resolve("data/time/tbaq");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no TimeBank/AQUAINT data at " + dir);
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tml")).sorted().toList()) {
                docs.add(read(p));
            }
        }
        assertThat(docs).isNotEmpty();
        RuleTimeTagger tagger = new RuleTimeTagger();
        int goldCount = 0;
        int systemCount = 0;
        int spanTp = 0;
        int valueTp = 0;
        Map<String, Integer> misses = new HashMap<>();
        Map<String, Integer> falsePositives = new HashMap<>();
        Map<String, Integer> wrongValues = new HashMap<>();
        for (Doc doc : docs) {
            Article article = new Article(doc.name(), null, doc.anchor(), null, null, "en", doc.text(), doc.name());
            List<TimeExpression> found = tagger.tag(AnnotatedArticle.of(article));
            goldCount += doc.gold().size();
            systemCount += found.size();
            boolean[] used = new boolean[found.size()];
            for (Gold g : doc.gold()) {
                int match = -1;
                for (int i = 0; i < found.size(); i++) {
                    TimeExpression t = found.get(i);
                    if (!used[i] && t.start() < g.end() && g.start() < t.end()) {
                        match = i;
                        break;
                    }
                }
                if (match < 0) {
                    misses.merge(g.text().toLowerCase(Locale.ROOT) + " = " + g.value(), 1, Integer::sum);
                    continue;
                }
                used[match] = true;
                spanTp++;
                if (found.get(match).value().equals(g.value())) {
                    valueTp++;
                } else {
                    wrongValues.merge(g.text() + " | " + found.get(match).text() + " | gold " + g.value() + " got "
                            + found.get(match).value() + " | dct " + doc.anchor(), 1, Integer::sum);
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used[i]) {
                    falsePositives.merge(found.get(i).text().toLowerCase(Locale.ROOT) + " = " + found.get(i).value(),
                            1, Integer::sum);
                }
            }
        }
        double spanP = spanTp / (double) systemCount;
        double spanR = spanTp / (double) goldCount;
        double valueP = valueTp / (double) systemCount;
        double valueR = valueTp / (double) goldCount;
        double spanF = f1(spanP, spanR);
        double valueF = f1(valueP, valueR);
        if (Boolean.getBoolean("tbaq.errors")) {
            print("misses", misses);
            print("false positives", falsePositives);
            print("wrong values", wrongValues);
        }
        System.out.printf(Locale.ROOT, "TBAQ %d docs, %d gold, %d found%n", docs.size(), goldCount, systemCount);
        System.out.printf(Locale.ROOT, "relaxed span  P %.3f R %.3f F1 %.3f%n", spanP, spanR, spanF);
        System.out.printf(Locale.ROOT, "value         P %.3f R %.3f F1 %.3f%n", valueP, valueR, valueF);
        assertThat(valueF).isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(Integer.getInteger("tbaq.top", 60))
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }

    /** A document's body as plain text with its gold time expressions, the creation time left out. */
    static Doc read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        LocalDate anchor = null;
        if (dct.find()) {
            Matcher v = VALUE.matcher(dct.group());
            if (v.find() && v.group(1).length() >= 10) {
                anchor = LocalDate.parse(v.group(1).substring(0, 10));
            }
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = from < 0 ? "" : xml.substring(from + 6, to < 0 ? xml.length() : to);
        StringBuilder text = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        int openStart = -1;
        String openValue = null;
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                Matcher v = VALUE.matcher(m.group(3));
                boolean creation = m.group(3).contains("CREATION_TIME");
                openStart = creation ? -1 : text.length();
                openValue = v.find() ? v.group(1) : "";
            } else if (openStart >= 0) {
                gold.add(new Gold(openStart, text.length(), text.substring(openStart), openValue));
                openStart = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        gold.sort(Comparator.comparingInt(Gold::start));
        String name = file.getFileName().toString().replace(".tml", "");
        return new Doc(name, text.toString(), anchor, gold);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static Path shared() {
        String prop = System.getProperty("crosscheck.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }
}
