package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process and keeps what it printed. */
final class CliRunner {

    record Result(int status, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Crosscheck());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("crosscheck: " + e.getMessage());
            return ExitCodes.FAILURE;
        });
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** The project root (the folder holding examples/), from the module's working directory. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return here.resolve("examples").toFile().isDirectory() ? here : here.getParent();
    }

    /** ../shared beside the project, or {@code null}. */
    static Path shared() {
        String prop = System.getProperty("crosscheck.shared");
        Path p = prop != null ? Path.of(prop) : root().resolve("../shared");
        return p.toFile().isDirectory() ? p.normalize() : null;
    }

    private CliRunner() {
    }
}
