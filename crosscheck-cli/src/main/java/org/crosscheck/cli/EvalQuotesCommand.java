package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.quotes.PolnearBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval quotes DIR}: direct quotes, their speakers and source spans on a PolNeAR split (text/ and
 * attributions/ in brat standoff), as the stage runs without the entity stage.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote precision/recall/F1, speaker accuracy and source-span F1 on a PolNeAR split folder.")
final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A PolNeAR split: text/*.txt and attributions/*.ann")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return FolderEval.run(spec, dir, d -> Files.isDirectory(d.resolve("text")) && Files.isDirectory(d.resolve("attributions")), "text/ and attributions/", PolnearBenchmark::run);
    }
}
