package org.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.api.AnnotatedArticle;
import org.crosscheck.api.Article;
import org.crosscheck.api.Brief;
import org.crosscheck.api.Claim;
import org.crosscheck.api.ClaimGroup;
import org.crosscheck.api.stage.SentenceEmbedder;
import org.crosscheck.api.state.SourceContext;
import org.crosscheck.claims.ClaimPairs;
import org.crosscheck.claims.SentenceClaimExtractor;
import org.crosscheck.claims.StoryBriefBuilder;
import org.crosscheck.claims.StoryClaimAligner;
import org.crosscheck.claims.relation.ClaimRelation;
import org.crosscheck.claims.relation.ClaimRelationClassifier;
import org.crosscheck.claims.relation.FeatureGroup;
import org.crosscheck.claims.relation.LabelledPair;
import org.crosscheck.claims.relation.RelationCrossValidation;
import org.crosscheck.claims.relation.RelationFeatures;
import org.crosscheck.claims.relation.RelationPair;
import org.crosscheck.claims.relation.SoftmaxModel;
import org.crosscheck.claims.relation.TrainingOptions;
import org.crosscheck.embed.MiniLmEmbedder;
import org.crosscheck.eval.ClaimDiffPair;
import org.crosscheck.eval.ClaimDiffReader;
import org.crosscheck.eval.ClaimDiffRelation;
import org.crosscheck.eval.Confusion;
import org.crosscheck.eval.SeedGold;
import org.crosscheck.eval.SeedReport;
import org.crosscheck.eval.SeedScorer;
import org.crosscheck.ingest.Inputs;
import org.crosscheck.ingest.Manifest;
import org.crosscheck.pipeline.Clustering;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Stages;
import org.crosscheck.render.AnnotationJson;
import org.crosscheck.render.BriefJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval claimdiff DIR}: crosscheck's pairwise claim decision on ClaimDiff. Every claim is annotated
 * as a one-sentence article of its outlet's article; the claims of one topic are aligned as one story; a pair is
 * then read off the groups (see {@link ClaimPairs}) and mapped onto ClaimDiff's relations:
 * <ul>
 *   <li>same group, not disputed (the outlets agree on one statement) &rarr; {@code strengthen};</li>
 *   <li>same group disputed, or one superseded by the other's group &rarr; {@code weaken};</li>
 *   <li>different groups (crosscheck sees two statements) &rarr; {@code neither}.</li>
 * </ul>
 * ClaimDiff's strengthen covers much more than restating one fact (a claim that supports another by a different
 * fact), so recall of strengthen is bounded well below 1 by design; its precision is what says whether crosscheck's
 * corroborations can be trusted. With {@code --seeds DIR} it also scores the seed story's claim groups through the
 * whole pipeline with the same aligner.
 *
 * <p>Then it scores the answer to ClaimDiff's own question, {@link ClaimRelationClassifier}, by nested
 * cross-validation with folds grouped by topic (a topic's pairs never sit in training and validation at once, as the
 * held-out test shares no topic with train), beside the majority class. Each relation is also scored as ClaimDiff's
 * two files frame it: the strength file (relation 1 is strengthen) and the weak file (relation 1 is weaken). The
 * model crosscheck ships is then scored as it is on the split: on ClaimDiff's test split, or any split it was not
 * trained on, that is the held-out figure (the line says which it is). With
 * {@code --write-model FILE} it trains the classifier on the split and writes the model crosscheck ships.
 */
@Command(name = "claimdiff", mixinStandardHelpOptions = true,
        description = "Confusion matrix and P/R/F1 per relation on ClaimDiff: crosscheck's claim alignment mapped onto "
                + "the relations, and the relation classifier cross-validated by topic.")
final class EvalClaimsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with ClaimDiff-strength-SPLIT.json and ClaimDiff-weak-SPLIT.json")
    Path dir;

    @Option(names = "--split", description = "Split to score (default: every split present)")
    String split;

    @Option(names = "--no-embeddings", description = "Align by words and names only, without sentence embeddings")
    boolean noEmbeddings;

    @Option(names = "--examples", paramLabel = "N", description = "Print up to N pairs of each cell where crosscheck said strengthen or weaken")
    int examples;

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "Also score the claim groups of a gold story (articles/, manifest.json, gold.json)")
    Path seeds;

    @Option(names = "--no-alignment", description = "Skip the claim alignment; score the relation classifier only")
    boolean noAlignment;

    @Option(names = "--no-relations", description = "Skip the relation classifier")
    boolean noRelations;

    @Option(names = "--features", split = ",", paramLabel = "GROUP",
            description = "Feature groups of the relation classifier: some of embeddings, similarities, lexical, cues "
                    + "(default: the shipped model's, similarities, lexical, cues)")
    List<String> features;

    @Option(names = "--ablation", description = "Also cross-validate the relation classifier on embeddings alone and on all feature groups")
    boolean ablation;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty of the relation classifier (default: the shipped model's)")
    Double l2;

    @Option(names = "--class-weight-power", paramLabel = "X",
            description = "0 weighs every pair alike, 1 each relation alike (default: the shipped model's)")
    Double classWeightPower;

    @Option(names = "--write-model", paramLabel = "FILE",
            description = "Train the relation classifier on the split's pairs (seeded, reproducible) and write its model to FILE")
    Path writeModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("crosscheck: " + dir + ": not a folder");
            return ExitCodes.FAILURE;
        }
        List<String> splits = split != null ? List.of(split) : ClaimDiffReader.splits(dir);
        if (splits.isEmpty()) {
            err.println("crosscheck: " + dir + ": no ClaimDiff-strength-SPLIT.json with its ClaimDiff-weak-SPLIT.json");
            return ExitCodes.FAILURE;
        }
        Set<FeatureGroup> groups;
        TrainingOptions options;
        try {
            groups = featureGroups(features);
            TrainingOptions d = TrainingOptions.defaults();
            options = new TrainingOptions(l2 != null ? l2 : d.l2(), d.iterations(), d.learningRate(),
                    classWeightPower != null ? classWeightPower : d.classWeightPower());
        } catch (IllegalArgumentException e) {
            err.println("crosscheck: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        StoryClaimAligner aligner = new StoryClaimAligner(noEmbeddings ? null : MiniLmEmbedder.shared());
        Pipeline pipeline = new Pipeline(Stages.defaults());
        out.println("aligner: " + (noEmbeddings ? "words and names" : "words, names and MiniLM embeddings"));
        for (String s : splits) {
            List<String> problems = new ArrayList<>();
            List<ClaimDiffPair> pairs = ClaimDiffReader.read(dir, s, problems::add);
            problems.forEach(p -> err.println("crosscheck: " + p));
            if (!noAlignment) {
                long t0 = System.nanoTime();
                Confusion c = score(pairs, pipeline, aligner, err, examples, out);
                double secs = (System.nanoTime() - t0) / 1e9;
                out.println("== ClaimDiff " + s + ", claim alignment mapped onto the relations: " + pairs.size()
                        + " pairs, " + problems.size() + " problems, " + String.format("%.1f s", secs));
                out.println(c.table());
                out.println(fileFigures(c));
                out.flush();
            }
            if (!noRelations) {
                relations(s, pairs, groups, options, out);
            }
        }
        if (seeds != null) {
            Integer status = seeds(pipeline, aligner, out, err);
            if (status != ExitCodes.OK) {
                return status;
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Set<FeatureGroup> featureGroups(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.copyOf(ClaimRelationClassifier.DEFAULT_GROUPS);
        }
        Set<FeatureGroup> out = EnumSet.noneOf(FeatureGroup.class);
        for (String n : names) {
            try {
                out.add(FeatureGroup.valueOf(n.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown feature group '" + n + "', expected some of "
                        + Arrays.toString(FeatureGroup.values()).toLowerCase(Locale.ROOT), e);
            }
        }
        return out;
    }

    /**
     * The relation classifier on one split: nested cross-validation grouped by topic for each set of features, the
     * majority class beside it, the cost of one pair, and the model trained on the whole split when asked.
     */
    private void relations(String split, List<ClaimDiffPair> pairs, Set<FeatureGroup> groups, TrainingOptions options,
                           PrintWriter out) {
        SentenceEmbedder embedder = new Memo(MiniLmEmbedder.shared());
        List<LabelledPair> labelled = pairs.stream().map(EvalClaimsCommand::labelled).toList();
        ClaimRelation[] gold = labelled.stream().map(LabelledPair::relation).toArray(ClaimRelation[]::new);
        int[] fold = RelationCrossValidation.folds(labelled.stream().map(LabelledPair::group).toList(),
                ClaimRelationClassifier.FOLDS, ClaimRelationClassifier.SEED);
        long topics = labelled.stream().map(LabelledPair::group).distinct().count();
        List<Set<FeatureGroup>> runs = new ArrayList<>(List.of(groups));
        if (ablation) {
            runs.add(EnumSet.of(FeatureGroup.EMBEDDINGS));
            runs.add(EnumSet.allOf(FeatureGroup.class));
        }
        for (Set<FeatureGroup> run : runs) {
            long t0 = System.nanoTime();
            RelationFeatures f = new RelationFeatures(embedder, run);
            double[][] x = ClaimRelationClassifier.featureMatrix(f, labelled);
            RelationCrossValidation.Result r = RelationCrossValidation.run(x, gold, fold, run, options);
            Confusion c = confusion();
            for (int i = 0; i < gold.length; i++) {
                c.add(gold[i].label(), r.predicted().get(i).label());
            }
            out.println(String.format("== ClaimDiff %s, relation classifier %s (%d features, l2 %s, class weight "
                            + "power %s): %d-fold cross-validation grouped by topic (%d topics), %d pairs, %.1f s",
                    split, run.toString().toLowerCase(Locale.ROOT), f.names().size(), options.l2(),
                    options.classWeightPower(), ClaimRelationClassifier.FOLDS, topics, gold.length,
                    (System.nanoTime() - t0) / 1e9));
            out.println(c.table());
            out.println(fileFigures(c));
            out.println("decision offsets chosen inside the folds (strengthen, weaken, neither): " + r.offsets().stream()
                    .map(Arrays::toString).toList());
            out.flush();
        }
        Confusion majority = confusion();
        for (ClaimRelation g : gold) {
            majority.add(g.label(), ClaimRelation.STRENGTHEN.label());
        }
        out.println(String.format("== ClaimDiff %s, majority class (strengthen): accuracy %.3f, macro F1 %.3f",
                split, majority.accuracy(), majority.macroF1()));
        out.println(fileFigures(majority));
        shippedOn(split, labelled, gold, embedder, out);
        timing(labelled, out);
        if (writeModel != null) {
            SoftmaxModel model = ClaimRelationClassifier.train(
                    ClaimRelationClassifier.featureMatrix(new RelationFeatures(embedder, groups), labelled), labelled,
                    groups, options, ClaimRelationClassifier.SEED);
            try (Writer w = Files.newBufferedWriter(writeModel, StandardCharsets.UTF_8)) {
                model.write(w);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + writeModel + ": " + e.getMessage(), e);
            }
            out.println("model trained on " + labelled.size() + " pairs written to " + writeModel + ": "
                    + model.dimension() + " features, offsets " + Arrays.toString(model.offsets()));
        }
        out.flush();
    }

    /**
     * The model crosscheck ships, as it is, on every pair of the split: on a held-out split (ClaimDiff's test, or any
     * split it was not trained on) this is the figure that says how it does on pairs it never saw; on the split it
     * was trained on, the line says so, and the cross-validation above is the honest figure.
     */
    private static void shippedOn(String split, List<LabelledPair> labelled, ClaimRelation[] gold,
                                  SentenceEmbedder embedder, PrintWriter out) {
        ClaimRelationClassifier shipped;
        try {
            shipped = ClaimRelationClassifier.shipped(embedder);
        } catch (RuntimeException e) {
            out.println("shipped model: " + e.getMessage());
            return;
        }
        Confusion c = confusion();
        for (int i = 0; i < gold.length; i++) {
            c.add(gold[i].label(), shipped.classify(labelled.get(i).pair()).relation().label());
        }
        out.println(String.format("== ClaimDiff %s, the shipped relation model as it is (%s): accuracy %.3f, macro F1 "
                + "%.3f", split, split.equals(ClaimRelationClassifier.TRAINED_ON)
                ? "trained on this split, so not a held-out figure" : "not trained on this split",
                c.accuracy(), c.macroF1()));
        out.println(c.table());
        out.println(fileFigures(c));
        out.flush();
    }

    /** Time to classify a pair with the shipped model on one thread, MiniLM included (nothing cached). */
    private static void timing(List<LabelledPair> labelled, PrintWriter out) {
        ClaimRelationClassifier shipped;
        try {
            shipped = ClaimRelationClassifier.shipped(MiniLmEmbedder.shared());
        } catch (RuntimeException e) {
            out.println("shipped model: " + e.getMessage());
            return;
        }
        int n = Math.min(200, labelled.size());
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            shipped.classify(labelled.get(i).pair());
        }
        double cold = (System.nanoTime() - t0) / 1e6 / n;
        // a brief embeds each claim and title once, so the rest of the cost is what a pair adds then
        ClaimRelationClassifier cached = new ClaimRelationClassifier(new Memo(MiniLmEmbedder.shared()), shipped.model());
        labelled.subList(0, n).forEach(p -> cached.classify(p.pair()));
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            cached.classify(labelled.get(i).pair());
        }
        out.println(String.format("shipped model: %.1f ms a pair with its 4 MiniLM embeddings, %.3f ms with them "
                + "cached (%d pairs, one thread)", cold, (System.nanoTime() - t1) / 1e6 / n, n));
    }

    private static LabelledPair labelled(ClaimDiffPair p) {
        ClaimRelation r = switch (p.relation()) {
            case STRENGTHEN -> ClaimRelation.STRENGTHEN;
            case WEAKEN -> ClaimRelation.WEAKEN;
            case NEITHER -> ClaimRelation.NEITHER;
        };
        return new LabelledPair(new RelationPair(p.claimA(), p.claimB(), p.articleA(), p.articleB()), r, p.topic());
    }

    private static Confusion confusion() {
        return new Confusion(List.of(ClaimDiffRelation.STRENGTHEN.label(), ClaimDiffRelation.WEAKEN.label(),
                ClaimDiffRelation.NEITHER.label()));
    }

    /** The three-way decisions read as ClaimDiff's two binary files: relation 1 is strengthen, or weaken. */
    static String fileFigures(Confusion c) {
        StringBuilder sb = new StringBuilder();
        for (ClaimDiffRelation positive : List.of(ClaimDiffRelation.STRENGTHEN, ClaimDiffRelation.WEAKEN)) {
            org.crosscheck.eval.Score s = c.score(positive.label());
            int wrong = (s.predicted() - s.predictedCorrect()) + (s.gold() - s.goldFound());
            double accuracy = c.total() == 0 ? 0 : 1 - (double) wrong / c.total();
            sb.append(String.format("%s file (relation 1 = %s): accuracy %.3f, F1 %.3f%n",
                    positive == ClaimDiffRelation.STRENGTHEN ? "strength" : "weak", positive.label(), accuracy, s.f1()));
        }
        return sb.toString().stripTrailing();
    }

    /** Embeds each distinct text once: ClaimDiff repeats its claims and titles across many pairs. */
    private static final class Memo implements SentenceEmbedder {
        private final SentenceEmbedder inner;
        private final Map<String, float[]> cache = new ConcurrentHashMap<>();

        Memo(SentenceEmbedder inner) {
            this.inner = inner;
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        public float[] embed(String text) {
            return cache.computeIfAbsent(text, inner::embed);
        }
    }

    /** Annotates each distinct claim once, aligns topic by topic and tallies the mapped decisions. */
    static Confusion score(List<ClaimDiffPair> pairs, Pipeline pipeline, StoryClaimAligner aligner, PrintWriter err,
                           int examples, PrintWriter out) {
        Map<String, Integer> shown = new LinkedHashMap<>();
        // ClaimDiff dates article A of each pair; an article's own date is the one of pairs where it is A
        Map<String, java.time.LocalDate> dates = new LinkedHashMap<>();
        pairs.forEach(p -> {
            if (p.date() != null) {
                dates.putIfAbsent(p.articleA(), p.date());
            }
        });
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, String> outletOf = new LinkedHashMap<>();
        for (ClaimDiffPair p : pairs) {
            add(articles, outletOf, dates.get(p.articleA()), p, p.articleA(), p.claimA());
            add(articles, outletOf, dates.get(p.articleB()), p, p.articleB(), p.claimB());
        }
        List<AnnotatedArticle> docs = pipeline.annotate(new ArrayList<>(articles.values()),
                problem -> err.println("crosscheck: " + problem), () -> { });
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (AnnotatedArticle d : docs) {
            Claim whole = SentenceClaimExtractor.wholeText(d);
            // the claim's article is its outlet's article, so claims of one article never corroborate each other
            String article = outletOf.get(d.id());
            claims.put(d.id(), new Claim(d.id(), article, whole.start(), whole.end(), whole.statement(),
                    whole.entities(), whole.quantities(), whole.times(), whole.attribution(), whole.negated(),
                    whole.published()));
        }
        Map<String, List<ClaimDiffPair>> byTopic = new LinkedHashMap<>();
        pairs.forEach(p -> byTopic.computeIfAbsent(p.topic(), k -> new ArrayList<>()).add(p));
        Confusion confusion = confusion();
        for (Map.Entry<String, List<ClaimDiffPair>> e : byTopic.entrySet()) {
            Map<String, Claim> topicClaims = new LinkedHashMap<>();
            Map<String, SourceContext> sources = new LinkedHashMap<>();
            for (ClaimDiffPair p : e.getValue()) {
                for (String id : List.of(claimId(p.articleA(), p.claimA()), claimId(p.articleB(), p.claimB()))) {
                    Claim c = claims.get(id);
                    if (c != null) {
                        topicClaims.put(id, c);
                        sources.putIfAbsent(c.article(), new SourceContext(c.article(), c.article(), c.published(),
                                null, List.of()));
                    }
                }
            }
            List<ClaimGroup> groups = aligner.align("t", new ArrayList<>(topicClaims.values()),
                    new ArrayList<>(sources.values()));
            ClaimPairs decisions = new ClaimPairs(groups);
            for (ClaimDiffPair p : e.getValue()) {
                ClaimPairs.Relation r = decisions.relation(claimId(p.articleA(), p.claimA()),
                        claimId(p.articleB(), p.claimB()));
                ClaimDiffRelation predicted = switch (r) {
                    case AGREE -> ClaimDiffRelation.STRENGTHEN;
                    case CONFLICT -> ClaimDiffRelation.WEAKEN;
                    case DIFFERENT -> ClaimDiffRelation.NEITHER;
                };
                confusion.add(p.relation().label(), predicted.label());
                String cell = p.relation().label() + " -> " + predicted.label();
                if (predicted != ClaimDiffRelation.NEITHER && shown.merge(cell, 1, Integer::sum) <= examples) {
                    out.println("[" + cell + "] " + p.pairId() + "\n  A: " + p.claimA() + "\n  B: " + p.claimB());
                }
            }
        }
        return confusion;
    }

    private static void add(Map<String, Article> articles, Map<String, String> outletOf, java.time.LocalDate date,
                            ClaimDiffPair p, String article, String claim) {
        String id = claimId(article, claim);
        if (!articles.containsKey(id)) {
            String outlet = "a-" + hash(article).substring(0, 10);
            articles.put(id, new Article(id, outlet, date, null, null, "en", claim, "claimdiff:" + p.pairId()));
            outletOf.put(id, outlet);
        }
    }

    /** One id per distinct claim of one article: a claim in several pairs is annotated and aligned once. */
    private static String claimId(String article, String claim) {
        return "c-" + hash(article + "\n" + claim).substring(0, 16);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The seed story through annotate, cluster and brief with this aligner, scored against its gold claims. */
    private Integer seeds(Pipeline base, StoryClaimAligner aligner, PrintWriter out, PrintWriter err) {
        for (String need : List.of("articles", "manifest.json", "gold.json")) {
            if (!Files.exists(seeds.resolve(need))) {
                err.println("crosscheck: " + seeds.resolve(need) + ": missing (expected articles/, manifest.json, gold.json)");
                return ExitCodes.FAILURE;
            }
        }
        Stages d = base.stages();
        Stages stages = new Stages(d.cleaner(), d.language(), d.segmenter(), d.content(), d.entities(), d.times(),
                d.quantities(), d.quotes(), d.attributions(), d.resolver(), d.clusterer(),
                new StoryBriefBuilder(new SentenceClaimExtractor(), aligner));
        Pipeline pipeline = new Pipeline(stages);
        Inputs.Result read = Readers.inputs().readAll(List.of(seeds.resolve("articles")),
                Manifest.read(seeds.resolve("manifest.json")));
        read.problems().forEach(p -> err.println("crosscheck: " + p));
        List<AnnotatedArticle> docs = pipeline.annotate(read.articles(), p -> err.println("crosscheck: " + p), () -> { });
        // one brief of all the gold story's articles: this scores alignment, not story clustering
        Clustering clustering = pipeline.cluster(docs);
        List<Brief> briefs = List.of(stages.briefs().build("seed", docs, clustering.assignments()));
        Map<String, JsonNode> annotated = new LinkedHashMap<>();
        Map<String, AnnotatedArticle> byId = new LinkedHashMap<>();
        for (AnnotatedArticle doc : docs) {
            annotated.put(doc.id(), AnnotationJson.of(doc));
            byId.put(doc.id(), doc);
        }
        SeedReport report = new SeedScorer(SeedGold.read(seeds.resolve("gold.json")), annotated)
                .score(BriefJson.of(briefs, byId));
        out.println("== seed story claims");
        out.println(String.format("claims: %s; superseded %s, disputed values %s", report.claims(),
                report.supersededFound(), report.disputedValues()));
        report.notes().stream().filter(n -> n.startsWith("claim ") || n.startsWith("superseded"))
                .forEach(n -> out.println("  " + n));
        out.println("groups of two articles or more:");
        for (Brief b : briefs) {
            for (ClaimGroup g : b.claims()) {
                if (g.articles().size() > 1) {
                    out.println(String.format("  %-13s %s %s", g.status().label(), g.articles().stream()
                            .map(a -> a.length() > 3 ? a.substring(0, 3) : a).toList(), g.statement()));
                }
            }
        }
        return ExitCodes.OK;
    }
}
