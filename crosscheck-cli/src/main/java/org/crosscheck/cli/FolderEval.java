package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;

/** What the evaluations over a folder of labelled data share: check the folder's layout, run, print one line. */
final class FolderEval {
    private FolderEval() {
    }

    static int run(CommandSpec spec, Path dir, Predicate<Path> layoutOk, String expected, Function<Path, ?> measure) {
        if (!layoutOk.test(dir)) {
            spec.commandLine().getErr().println("crosscheck: " + dir + ": expected " + expected);
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().println(measure.apply(dir));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
