package org.crosscheck.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.align.StoryGrouper;
import org.crosscheck.finding.Severity;
import org.crosscheck.rule.ConfigurationException;
import org.crosscheck.rule.Rule;
import org.crosscheck.rule.RuleLoader;
import org.crosscheck.rule.StrictYaml;

/** The options of a run: the command line where given, else crosscheck.yaml, else the defaults. */
final class Settings {
    private final CorpusOptions options;
    private final ConfigFile.Located located;
    private final ConfigFile config;

    Settings(CorpusOptions options) {
        this.options = options;
        this.located = ConfigFile.load(options.config);
        this.config = located.config();
    }

    List<String> paths() {
        if (!options.paths.isEmpty()) {
            return options.paths;
        }
        if (config.paths() != null && !config.paths().isEmpty()) {
            return config.paths().stream().map(located::resolve).map(Path::toString).toList();
        }
        return List.of("seeds");
    }

    List<String> excludes() {
        return Stream.concat(Objects.requireNonNullElse(config.exclude(), List.<String>of()).stream(),
                options.excludes.stream()).toList();
    }

    Path suppressions() {
        return options.suppressions != null ? options.suppressions
                : config.suppressions() == null ? null : located.resolve(config.suppressions());
    }

    /** A path option of the command line, else the configuration's (resolved against its folder), else {@code fallback}. */
    Path path(Path given, String configured, String fallback) {
        if (given != null) {
            return given;
        }
        return configured != null ? located.resolve(configured) : fallback == null ? null : Path.of(fallback);
    }

    <T> T value(T given, T configured, T fallback) {
        return given != null ? given : configured != null ? configured : fallback;
    }

    /** "file:line: " of the first line at or after {@code after}'s on which {@code word} stands; "" without a file. */
    String where(String word, String... after) {
        if (located.file() == null) {
            return "";
        }
        int from = after.length == 0 ? 1 : StrictYaml.lineOf(located.file(), after[0], 1);
        return located.file() + ":" + StrictYaml.lineOf(located.file(), word, from) + ": ";
    }

    ConfigFile config() {
        return config;
    }

    /** The fail level: null for {@code never}. */
    Severity failOn(String given) {
        String level = value(given, config.failOn(), "error");
        if ("never".equals(level.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        try {
            return Severity.parse(level);
        } catch (IllegalArgumentException bad) {
            String where = given != null ? "--fail-on: " : where("failOn");
            throw new ConfigurationException(where + "unknown level '" + level + "' (expected error, warning, info or never)");
        }
    }

    LocalDate defaultPublished() {
        String date = value(options.defaultPublished, config.defaultPublished(), null);
        try {
            return date == null ? null : LocalDate.parse(date.trim());
        } catch (DateTimeParseException bad) {
            String where = options.defaultPublished != null ? "--default-published: " : where("defaultPublished");
            throw new ConfigurationException(where + "not a date (YYYY-MM-DD): '" + date + "'");
        }
    }

    StoryGrouper grouper() {
        ConfigFile.Stories stories = config.stories();
        StoryGrouper defaults = StoryGrouper.defaults();
        if (stories == null) {
            return defaults;
        }
        String grouping = Objects.requireNonNullElse(stories.grouping(), "content");
        return switch (grouping) {
            case "key" -> new StoryGrouper(Double.POSITIVE_INFINITY, 40);
            case "content" -> stories.threshold() == null ? defaults : new StoryGrouper(stories.threshold(), 40);
            default -> throw new ConfigurationException(where("grouping") + "unknown grouping '" + grouping
                    + "' (expected content or key)");
        };
    }

    /** The rules to run: loaded from the folder, then enabled, disabled and given severities as configured. */
    List<Rule> rules() {
        ConfigFile.Rules choices = config.rules();
        List<Rule> loaded = new RuleLoader().load(path(options.rules, choices == null ? null : choices.folder(), "rules"));
        if (choices == null) {
            return loaded;
        }
        Set<String> ids = loaded.stream().map(Rule::id).collect(Collectors.toSet());
        List<String> enabled = Objects.requireNonNullElse(choices.enabled(), List.of());
        List<String> disabled = Objects.requireNonNullElse(choices.disabled(), List.of());
        Map<String, String> severities = Objects.requireNonNullElse(choices.severity(), Map.of());
        Stream.of(enabled, disabled, severities.keySet()).flatMap(Collection::stream)
                .filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
                    throw new ConfigurationException(where(id) + "unknown rule '" + id + "' (expected one of "
                            + ids.stream().sorted().toList() + ")");
                });
        List<Rule> chosen = new ArrayList<>();
        for (Rule rule : loaded) {
            if ((enabled.isEmpty() || enabled.contains(rule.id())) && !disabled.contains(rule.id())) {
                chosen.add(severities.containsKey(rule.id()) ? withSeverity(rule, severities.get(rule.id())) : rule);
            }
        }
        return chosen;
    }

    private Rule withSeverity(Rule rule, String level) {
        try {
            return new Rule(rule.id(), rule.check(), Severity.parse(level), rule.summary(), rule.because(),
                    rule.message(), rule.kinds(), rule.parameters());
        } catch (IllegalArgumentException bad) {
            throw new ConfigurationException(where(level, "severity") + bad.getMessage());
        }
    }
}
