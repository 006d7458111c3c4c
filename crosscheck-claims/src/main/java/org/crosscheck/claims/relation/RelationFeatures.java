package org.crosscheck.claims.relation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.claims.Lexicon;

/**
 * The feature vector of a pair, by groups ({@link FeatureGroup}). Stateless apart from the embedder it was given, so
 * one instance serves many threads. Every feature is oriented (A then B), as the relation is: A strengthens or
 * weakens B.
 */
public final class RelationFeatures {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final SentenceEmbedder embedder;
    private final Set<FeatureGroup> groups;
    private final List<String> names;

    /**
     * @param embedder sentence embeddings for {@link FeatureGroup#EMBEDDINGS} and {@link FeatureGroup#SIMILARITIES};
     *                 may be {@code null} only when neither group is asked for
     */
    public RelationFeatures(SentenceEmbedder embedder, Set<FeatureGroup> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("no feature groups");
        }
        this.groups = EnumSet.copyOf(groups);
        if (embedder == null && (groups.contains(FeatureGroup.EMBEDDINGS) || groups.contains(FeatureGroup.SIMILARITIES))) {
            throw new IllegalArgumentException("feature groups " + groups + " need a sentence embedder");
        }
        this.embedder = embedder;
        this.names = List.copyOf(names(this.groups, embedder == null ? 0 : embedder.dimension()));
    }

    /** The groups this instance computes, in {@link FeatureGroup} order. */
    public Set<FeatureGroup> groups() {
        return EnumSet.copyOf(groups);
    }

    /** One name per feature, in the order of {@link #of}. */
    public List<String> names() {
        return names;
    }

    /** The features of one pair. */
    public double[] of(RelationPair p) {
        double[] out = new double[names.size()];
        int i = 0;
        float[] a = null;
        float[] b = null;
        if (embedder != null) {
            a = embedder.embed(p.claimA());
            b = embedder.embed(p.claimB());
        }
        if (groups.contains(FeatureGroup.EMBEDDINGS)) {
            for (int k = 0; k < a.length; k++) {
                out[i++] = a[k] * b[k];
            }
            for (int k = 0; k < a.length; k++) {
                out[i++] = Math.abs(a[k] - b[k]);
            }
        }
        if (groups.contains(FeatureGroup.SIMILARITIES)) {
            boolean titled = !p.titleA().isBlank() && !p.titleB().isBlank();
            float[] ta = embedder.embed(p.titleA());
            float[] tb = embedder.embed(p.titleB());
            double ab = SentenceEmbedder.cosine(a, b);
            double aTb = SentenceEmbedder.cosine(a, tb);
            double aTa = SentenceEmbedder.cosine(a, ta);
            double bTa = SentenceEmbedder.cosine(b, ta);
            double bTb = SentenceEmbedder.cosine(b, tb);
            out[i++] = ab;
            out[i++] = SentenceEmbedder.cosine(ta, tb);
            out[i++] = aTb;
            out[i++] = bTa;
            out[i++] = aTa;
            out[i++] = bTb;
            out[i++] = aTb - aTa;
            out[i++] = bTa - bTb;
            out[i++] = titled ? 1 : 0;
        }
        List<String> wa = Lexicon.words(p.claimA());
        List<String> wb = Lexicon.words(p.claimB());
        if (groups.contains(FeatureGroup.LEXICAL)) {
            Set<String> ka = new HashSet<>(Lexicon.contentKeys(p.claimA()));
            Set<String> kb = new HashSet<>(Lexicon.contentKeys(p.claimB()));
            Set<String> kta = new HashSet<>(Lexicon.contentKeys(p.titleA()));
            Set<String> ktb = new HashSet<>(Lexicon.contentKeys(p.titleB()));
            Set<String> na = capitalised(p.claimA());
            Set<String> nb = capitalised(p.claimB());
            Set<String> fa = numbers(p.claimA());
            Set<String> fb = numbers(p.claimB());
            int sharedFigures = shared(fa, fb);
            out[i++] = jaccard(ka, kb);
            out[i++] = containment(ka, kb);
            out[i++] = Math.log1p(shared(na, nb));
            out[i++] = jaccard(na, nb);
            out[i++] = fa.isEmpty() ? 0 : 1;
            out[i++] = fb.isEmpty() ? 0 : 1;
            out[i++] = sharedFigures > 0 ? 1 : 0;
            // both give figures and none of them agree: the classic sign of two outlets disputing a count
            out[i++] = !fa.isEmpty() && !fb.isEmpty() && sharedFigures == 0 ? 1 : 0;
            out[i++] = Math.log1p(wa.size());
            out[i++] = Math.log1p(wb.size());
            out[i++] = Math.log1p(wa.size()) - Math.log1p(wb.size());
            out[i++] = jaccard(kta, ktb);
            out[i++] = containment(ka, ktb);
            out[i++] = containment(kb, kta);
        }
        if (groups.contains(FeatureGroup.CUES)) {
            double[] ca = RelationCues.of(p.claimA(), wa);
            double[] cb = RelationCues.of(p.claimB(), wb);
            for (double v : ca) {
                out[i++] = v;
            }
            for (double v : cb) {
                out[i++] = v;
            }
            for (int k = 0; k < ca.length; k++) {
                out[i++] = Math.abs(ca[k] - cb[k]);
            }
        }
        return out;
    }

    private static List<String> names(Set<FeatureGroup> groups, int dimension) {
        List<String> out = new ArrayList<>();
        if (groups.contains(FeatureGroup.EMBEDDINGS)) {
            for (int k = 0; k < dimension; k++) {
                out.add("emb.product." + k);
            }
            for (int k = 0; k < dimension; k++) {
                out.add("emb.difference." + k);
            }
        }
        if (groups.contains(FeatureGroup.SIMILARITIES)) {
            out.addAll(List.of("cos.a-b", "cos.title-a.title-b", "cos.a.title-b", "cos.b.title-a", "cos.a.title-a",
                    "cos.b.title-b", "lean.a-to-title-b", "lean.b-to-title-a", "titled"));
        }
        if (groups.contains(FeatureGroup.LEXICAL)) {
            out.addAll(List.of("words.jaccard", "words.containment", "names.shared", "names.jaccard", "figures.a",
                    "figures.b", "figures.shared", "figures.conflict", "length.a", "length.b", "length.difference",
                    "titles.jaccard", "words.a-in-title-b", "words.b-in-title-a"));
        }
        if (groups.contains(FeatureGroup.CUES)) {
            for (String side : List.of("a.", "b.", "differ.")) {
                RelationCues.NAMES.forEach(n -> out.add("cue." + side + n));
            }
        }
        return out;
    }

    /** Capitalised words after the first word: names, mostly, without a tagger. */
    private static Set<String> capitalised(String text) {
        Set<String> out = new HashSet<>();
        List<int[]> spans = Lexicon.wordSpans(text);
        for (int k = 1; k < spans.size(); k++) {
            int[] s = spans.get(k);
            if (Character.isUpperCase(text.charAt(s[0]))) {
                out.add(text.substring(s[0], s[1]).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Set<String> numbers(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    private static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int inter = shared(a, b);
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** The share of the smaller set found in the other. */
    private static double containment(Set<String> a, Set<String> b) {
        int min = Math.min(a.size(), b.size());
        return min == 0 ? 0 : (double) shared(a, b) / min;
    }
}
