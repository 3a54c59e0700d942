package org.crosscheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the comments by which an editor exempts the next line of an article from a rule:
 * {@code <!-- crosscheck-disable-next-line rule-id: reason -->} in any file, and, on a line of its
 * own in plain text and Markdown, {@code # crosscheck-disable-next-line rule-id: reason}. Several
 * rule ids may be given, separated by commas. The next line is the next one with article text.
 */
public final class SuppressionComments {
    private static final String DIRECTIVE = "crosscheck-disable-next-line";
    private static final Pattern COMMENT = Pattern.compile(
            "<!--[ \\t]*" + DIRECTIVE + "(?<rules>[^:>]*?)(?::(?<reason>.*?))?[ \\t]*-->"
            + "|^[ \\t]*#[ \\t]*" + DIRECTIVE + "(?<rules2>[^:\\n\\r]*?)(?::(?<reason2>[^\\n\\r]*))?[ \\t]*$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern HASH_LINE = Pattern.compile("^[ \\t]*#[ \\t]*" + DIRECTIVE + "[^\\n\\r]*", Pattern.MULTILINE);

    /** A comment on {@code line} exempting {@code targetLine} from {@code rules}; {@code reason} may be empty. */
    public record Comment(int line, int targetLine, List<String> rules, String reason) {
    }

    private SuppressionComments() {
    }

    /**
     * The comments in {@code raw}, the file as written; {@code text} is the article text the facts
     * were read from (same length and lines, markup blanked), which decides where the next line is.
     */
    public static List<Comment> find(String raw, String text) {
        if (!raw.contains(DIRECTIVE)) {
            return List.of();
        }
        LineIndex lines = LineIndex.of(raw);
        List<Comment> comments = new ArrayList<>();
        Matcher matcher = COMMENT.matcher(raw);
        while (matcher.find()) {
            String rules = matcher.group("rules") != null ? matcher.group("rules") : matcher.group("rules2");
            String reason = matcher.group("rules") != null ? matcher.group("reason") : matcher.group("reason2");
            List<String> ids = Arrays.stream(rules.split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
            comments.add(new Comment(lines.line(matcher.start()), nextTextLine(text, matcher.end(), lines), ids,
                    reason == null ? "" : reason.strip()));
        }
        return comments;
    }

    /** Blanks the {@code #} comment lines, so they are not read as article text; offsets and lines stay. */
    static String blank(String raw) {
        if (!raw.contains(DIRECTIVE)) {
            return raw;
        }
        StringBuilder blanked = new StringBuilder(raw);
        Matcher matcher = HASH_LINE.matcher(raw);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }

    private static int nextTextLine(String text, int from, LineIndex lines) {
        int position = from;
        while (position < text.length() && text.charAt(position) != '\n' && text.charAt(position) != '\r') {
            position++;
        }
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return lines.line(Math.min(position, Math.max(0, text.length() - 1)));
    }
}
