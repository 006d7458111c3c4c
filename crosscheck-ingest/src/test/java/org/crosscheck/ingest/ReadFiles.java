package org.crosscheck.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import org.crosscheck.api.Article;

/** A main for {@link ChildJvm}: reads files with the default readers and prints counts and problems, keeping nothing. */
public final class ReadFiles {

    private ReadFiles() {
    }

    public static void main(String[] args) {
        run(Inputs.withDefaultReaders(), args);
    }

    /** Reads every file, printing "articles N, chars M" and each problem; exits 0 when nothing escaped. */
    public static void run(Inputs inputs, String[] args) {
        long[] counts = new long[2];
        Inputs.Summary s = inputs.read(Arrays.stream(args).map(Path::of).toList(), Manifest.EMPTY, new ArticleSink() {
            @Override
            public void article(Article article) {
                counts[0]++;
                counts[1] += article.text().length();
            }

            @Override
            public void problem(ReadProblem problem) {
                System.out.println("problem: " + problem);
            }
        });
        System.out.println("articles " + counts[0] + ", chars " + counts[1] + ", problems " + s.problems());
    }
}
