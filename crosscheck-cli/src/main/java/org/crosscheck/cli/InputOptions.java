package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every reading command takes. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files and folders (read recursively): .txt, .jsonl(.gz), .html(.gz), .htm, "
                    + ".rss, .atom, .xml, .warc(.gz)")
    List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "JSON object of file name to {outlet, published, url?, title?} for files that carry no "
                    + "metadata")
    Path manifest;

    @Option(names = "--threads", paramLabel = "N", description = "Annotation threads (default: number of cores)")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary on stderr")
    boolean quiet;
}
