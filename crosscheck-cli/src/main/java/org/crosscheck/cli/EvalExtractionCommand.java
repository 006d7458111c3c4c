package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.html.ExtractionBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval extraction DIR}: main-text extraction on a folder in the layout of the Scrapinghub
 * article-extraction benchmark ({@code html/*.html.gz} and {@code ground-truth.json}), scored with that benchmark's
 * own shingle F1.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Precision, recall and F1 of main-text extraction (benchmark layout: html/*.html.gz, "
                + "ground-truth.json), and pages per second on one thread.")
final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder with html/ and ground-truth.json")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return FolderEval.run(spec, dir, d -> Files.isDirectory(d.resolve("html")) && Files.isRegularFile(d.resolve("ground-truth.json")), "html/ and ground-truth.json", ExtractionBenchmark::run);
    }
}
