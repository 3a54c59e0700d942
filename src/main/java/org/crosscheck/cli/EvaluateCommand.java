package org.crosscheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.crosscheck.evaluate.ExtractionEvaluation;
import org.crosscheck.evaluate.GroupingEvaluation;
import org.crosscheck.evaluate.StoryEvaluation;
import org.crosscheck.evaluate.TimeMlEvaluation;
import org.crosscheck.rule.RuleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code crosscheck evaluate}: scores extraction and detection against annotated gold. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Score crosscheck against annotated gold data.",
        subcommands = {EvaluateCommand.Extraction.class, EvaluateCommand.Stories.class, EvaluateCommand.TimeMl.class,
            EvaluateCommand.Grouping.class})
final class EvaluateCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints what an evaluation writes, and exits clean: an evaluation reports, it does not gate. */
    static int print(CommandLine commandLine, Consumer<PrintWriter> writer) {
        writer.accept(commandLine.getOut());
        commandLine.getOut().flush();
        return ExitCode.CLEAN.code();
    }

    static Path existingFolder(Path folder, CommandLine commandLine) {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine, "--gold: folder not found: " + folder);
        }
        return folder;
    }

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Precision, recall, F1 and value accuracy per kind against gold passages (YAML).")
    static final class Extraction implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold passages.")
        Path gold;

        @Option(names = "--verbose", description = "Also list every miss, spurious fact and wrong value.")
        boolean verbose;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var result = ExtractionEvaluation.evaluate(existingFolder(gold, spec.commandLine()));
            return print(spec.commandLine(), out -> {
                ExtractionEvaluation.print(result, out);
                if (verbose) {
                    result.errors().forEach(error -> out.println("  " + error));
                }
            });
        }
    }

    @Command(name = "stories", mixinStandardHelpOptions = true,
            description = "Recall of planted disagreements, precision of findings and traps flagged, on gold stories.")
    static final class Stories implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold story folders.")
        Path gold;

        @Option(names = "--rules", paramLabel = "DIR", description = "Folder of rule files. Default: ${DEFAULT-VALUE}")
        Path rules = Path.of("rules");

        @Option(names = "--verbose", description = "Also list every miss, false alarm and flagged trap.")
        boolean verbose;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var result = StoryEvaluation.evaluate(existingFolder(gold, spec.commandLine()), new RuleLoader().load(rules));
            return print(spec.commandLine(), out -> StoryEvaluation.print(result, out, verbose));
        }
    }

    @Command(name = "timeml", mixinStandardHelpOptions = true,
            description = "TempEval-3 strict and relaxed span F1 and value F1 of dates, times and durations against TimeML files.")
    static final class TimeMl implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of TimeML (.tml) files.")
        Path gold;

        @Option(names = "--verbose", description = "Also list every miss (-), spurious annotation (+), wrong value (!) "
                + "and span difference (~).")
        boolean verbose;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var result = TimeMlEvaluation.evaluate(existingFolder(gold, spec.commandLine()));
            return print(spec.commandLine(), out -> TimeMlEvaluation.write(result, out, verbose));
        }
    }

    @Command(name = "grouping", mixinStandardHelpOptions = true,
            description = "Pairwise precision and recall of story grouping on a corpus whose folders are its stories.")
    static final class Grouping implements Callable<Integer> {
        @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of story folders.")
        Path corpus;

        @Option(names = "--folders", paramLabel = "GLOB", defaultValue = "*",
                description = "Score only the sources of folders whose names match (the whole corpus is still grouped).")
        String folders;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var result = GroupingEvaluation.evaluate(existingFolder(corpus, spec.commandLine()), folders);
            return print(spec.commandLine(), out -> GroupingEvaluation.print(result, out));
        }
    }
}
