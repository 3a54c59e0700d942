package org.crosscheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crosscheck.rule.ConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} command. {@link #mainWithoutExit} returns the exit code; only {@link #main} exits. */
@Command(name = "crosscheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {CheckCommand.class, BaselineCommand.class, RulesCommand.class, EvaluateCommand.class},
        description = "Checks news and editorial text for numbers and dates that disagree across sources.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args));
    }

    public static int mainWithoutExit(String... args) {
        return mainWithoutExit(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int mainWithoutExit(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            err.println("crosscheck: " + problem.getMessage());
            err.println("Run 'crosscheck " + (problem.getCommandLine().getParent() == null ? ""
                    : problem.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.USAGE.code();
        });
        commandLine.setExecutionExceptionHandler((failure, failedCommand, parsed) -> handle(failure, err));
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error escaped) {
            return handle(escaped, err);
        }
    }

    static int handle(Throwable failure, PrintWriter err) {
        if (failure instanceof ConfigurationException || failure instanceof IllegalArgumentException) {
            err.println("crosscheck: " + oneLine(failure.getMessage()));
            return ExitCode.USAGE.code();
        }
        err.println("crosscheck: internal error: " + oneLine(failure.toString()) + " (" + traceFile(failure) + ")");
        return ExitCode.INTERNAL.code();
    }

    /** A message as one line: a parser's multi-line message would read as several errors. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String traceFile(Throwable failure) {
        try {
            Path file = Files.createTempFile("crosscheck-error-", ".txt");
            try (PrintWriter trace = new PrintWriter(Files.newBufferedWriter(file))) {
                failure.printStackTrace(trace);
            }
            return "full trace in " + file;
        } catch (IOException | UncheckedIOException e) {
            return "no trace written: " + e.getMessage();
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
