package org.crosscheck.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanks out the Markdown syntax that is not prose (link targets, comments, images, code), keeping offsets. */
final class MarkdownText {
    private static final Pattern NOT_PROSE = Pattern.compile(
            "<!--.*?-->"                       // HTML comments
            + "|!\\[[^\\]\\n]*+\\]\\([^)\\n]*+\\)" // images
            + "|(?<=\\])\\([^)\\n]*+\\)"          // link targets
            + "|^ {0,3}#{1,6}(?= )"              // heading markers
            + "|`[^`\\n]*+`",                     // inline code
            Pattern.DOTALL | Pattern.MULTILINE);

    private MarkdownText() {
    }

    static String prose(String markdown) {
        StringBuilder text = new StringBuilder(markdown);
        Matcher matcher = NOT_PROSE.matcher(markdown);
        while (matcher.find()) {
            for (int i = matcher.start(); i < matcher.end(); i++) {
                char c = text.charAt(i);
                if (c != '\n' && c != '\r') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }
}
