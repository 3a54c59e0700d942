package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crosscheck.rule.Rule;
import org.crosscheck.rule.RuleLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck rules}: lists the rules with their severity and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List the rules with their summaries.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of rule files. Default: ${DEFAULT-VALUE}")
    Path rules = Path.of("rules");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Rule rule : new RuleLoader().load(rules)) {
            spec.commandLine().getOut().printf("%-24s %-8s %s%n", rule.id(), rule.severity().id(), rule.summary());
        }
        spec.commandLine().getOut().flush();
        return ExitCode.CLEAN.code();
    }
}
