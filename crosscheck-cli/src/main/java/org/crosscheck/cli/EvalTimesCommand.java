package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.temporal.TimeMlBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck eval times DIR}: time expressions on TimeML documents ({@code .tml}, searched recursively),
 * normalised against each document's creation time, scored as TempEval-3 does (relaxed span match, equal value).
 * Prints the figures overall and per sub-corpus (each folder directly under DIR); {@code --errors} adds the error
 * analysis: every miss, extra and wrong value by category, in context.
 */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "TempEval-3 span and value precision, recall and F1 of time expressions on TimeML (.tml) files.")
final class EvalTimesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "Folder searched recursively for .tml files")
    Path dir;

    @Option(names = "--errors", description = "Also list every miss, extra and wrong value by category")
    boolean errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return FolderEval.run(spec, dir, Files::isDirectory, "a folder of .tml files",
                errors ? TimeMlBenchmark::errorReport : TimeMlBenchmark::run);
    }
}
