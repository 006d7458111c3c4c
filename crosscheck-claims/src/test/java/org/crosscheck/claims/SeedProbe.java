package org.crosscheck.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.embed.MiniLmEmbedder;

/** A development aid, not a test: prints the seed story's groups and each claim's nearest claims. */
final class SeedProbe {
    public static void main(String[] args) throws Exception {
        List<AnnotatedArticle> docs = SeedBriefIT.seedDocs();
        SentenceEmbedder emb = args.length > 0 && args[0].equals("none") ? null : MiniLmEmbedder.shared();
        StoryClaimAligner aligner = new StoryClaimAligner(emb);
        Brief brief = new StoryBriefBuilder(new SentenceClaimExtractor(), aligner).build("seed", docs, List.of());
        for (ClaimGroup g : brief.claims()) {
            if (g.articles().size() > 1 || g.status() != org.crosscheck.api.ClaimStatus.SINGLE_SOURCE) {
                System.out.printf("%-13s %s %s%n", g.status().label(), g.articles(), g.statement());
            }
        }
        List<Claim> all = new ArrayList<>();
        docs.forEach(d -> all.addAll(new SentenceClaimExtractor().extract(d)));
        ClaimScores st = new ClaimScores(aligner.state("seed", all, List.of()));
        if (args.length > 1) {
            for (Claim a : all) {
                System.out.println("## " + a.article() + (a.negated() ? " NEG " : " ") + a.statement());
                all.stream().filter(b -> !b.article().equals(a.article()))
                        .sorted(Comparator.comparingDouble(b -> -Math.max(st.lexical(a, b), cos(st, a, b) - 0.3))).limit(4)
                        .forEach(b -> System.out.printf("   %.3f lex %.3f cos %.3f %s %s%n", st.similarity(a, b),
                                st.lexical(a, b), cos(st, a, b), b.article(),
                                b.statement().substring(0, Math.min(110, b.statement().length()))));
            }
        }
    }

    static double cos(ClaimScores st, Claim a, Claim b) {
        float[] x = st.features(a).vector();
        float[] y = st.features(b).vector();
        return x == null || y == null ? Double.NaN : SentenceEmbedder.cosine(x, y);
    }
}
