package org.crosscheck.source;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an article's body ends: a trailing attribution line ({@code Source : URL},
 * {@code This article was originally published on X}) gives metadata, and a boilerplate marker
 * (tag lines, related-article lists, "Most read" boxes) ends the article.
 */
final class TrailerParser {
    private static final Pattern SOURCE_LINE = Pattern.compile("(?i)^\\s*source\\s*:\\s*(\\S+)\\s*$");
    private static final Pattern ORIGINALLY_PUBLISHED =
            Pattern.compile("(?i)^\\s*this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared) (?:on|in|at) (.+?)\\.?\\s*$");
    private static final List<Pattern> BOILERPLATE = Lexicon.patterns("boilerplate-markers.txt");
    /** Markdown emphasis and heading marks around a marker line ("**Most read**", "## Related"). */
    private static final Pattern MARKUP = Pattern.compile("^[\\s#*_>]++|[\\s*_]++$");

    record Trailer(Metadata metadata, int bodyEnd) {
    }

    private TrailerParser() {
    }

    static Trailer parse(String text, int bodyStart) {
        int bodyEnd = text.length();
        Metadata metadata = Metadata.EMPTY;
        int position = bodyStart;
        while (position < text.length()) {
            int lineEnd = HeaderParser.lineEnd(text, position);
            String line = text.substring(position, lineEnd);
            Metadata attribution = attribution(line);
            boolean inLastHalf = position - bodyStart >= (text.length() - bodyStart) / 2;
            if (attribution != null || (inLastHalf && isBoilerplate(line))) {
                bodyEnd = Math.min(bodyEnd, position);
                if (attribution != null) {
                    metadata = attribution.orElse(metadata);
                }
            }
            position = HeaderParser.nextLine(text, lineEnd);
        }
        while (bodyEnd > bodyStart && Character.isWhitespace(text.charAt(bodyEnd - 1))) {
            bodyEnd--;
        }
        return new Trailer(metadata, bodyEnd);
    }

    private static Metadata attribution(String line) {
        Matcher source = SOURCE_LINE.matcher(line);
        if (source.matches()) {
            return HeaderParser.fromMap(Map.of("source", source.group(1)));
        }
        Matcher original = ORIGINALLY_PUBLISHED.matcher(line);
        if (original.matches()) {
            return HeaderParser.fromMap(Map.of("outlet", original.group(1).strip()));
        }
        return null;
    }

    private static boolean isBoilerplate(String line) {
        String stripped = MARKUP.matcher(line).replaceAll("");
        return BOILERPLATE.stream().anyMatch(pattern -> pattern.matcher(stripped).lookingAt());
    }
}
