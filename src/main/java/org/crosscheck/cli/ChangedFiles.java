package org.crosscheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crosscheck.rule.ConfigurationException;

/**
 * The files git reports as changed since a ref ({@code git diff --name-only REF}: committed, staged
 * and unstaged changes) plus the untracked ones, as real paths. git runs in the folder of the first
 * path checked, so the repository is the one holding the articles.
 */
final class ChangedFiles {
    private ChangedFiles() {
    }

    static Set<Path> since(String ref, String checkedPath) {
        Path given = Path.of(checkedPath).toAbsolutePath();
        Path folder = Files.isDirectory(given) ? given : given.getParent();
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        Path directory = folder == null ? Path.of("").toAbsolutePath() : folder;
        Path top = Path.of(git(directory, "--changed-since: not a git repository", "rev-parse", "--show-toplevel").get(0));
        List<String> names = new ArrayList<>(git(directory, "--changed-since: unknown git ref '" + ref + "'",
                "diff", "--name-only", "--no-renames", ref, "--"));
        names.addAll(git(directory, "--changed-since: cannot list untracked files",
                "ls-files", "--others", "--exclude-standard", "--full-name"));
        Set<Path> changed = new HashSet<>();
        names.forEach(name -> changed.add(top.resolve(name).toAbsolutePath().normalize()));
        return changed;
    }

    private static List<String> git(Path directory, String problem, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString(), "-c", "core.quotepath=off"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String error = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                String reason = error.lines().findFirst().orElse("git failed").replaceFirst("^fatal: ", "");
                throw new ConfigurationException(problem + " (" + reason + ")");
            }
            return output.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException cannotRun) {
            throw new ConfigurationException(problem + " (cannot run git: " + cannotRun.getMessage() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException(problem + " (interrupted)");
        }
    }
}
