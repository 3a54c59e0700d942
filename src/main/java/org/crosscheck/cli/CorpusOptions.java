package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code check} and {@code baseline} share: which sources, which rules, which configuration. */
final class CorpusOptions {
    @Parameters(paramLabel = "PATH", description = "Files, folders or globs to check (.txt, .md, .html; "
            + "folders recursively). Default: paths of crosscheck.yaml, else seeds")
    List<String> paths = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file. Default: crosscheck.yaml in the working directory, if present")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "Folder of rule files. Default: rules")
    Path rules;

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "Leave out matching files (added to the configuration's excludes)")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--suppressions", paramLabel = "FILE", description = "Suppression file (YAML)")
    Path suppressions;

    @Option(names = "--default-published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for stories in which no source gives one")
    String defaultPublished;
}
