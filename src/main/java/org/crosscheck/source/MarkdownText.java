package org.crosscheck.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the Markdown syntax that is not prose (link targets, comments, images, code), keeping
 * offsets. Every pattern runs in linear time: possessive quantifiers, and no attempt that can run past
 * the next opening bracket.
 */
final class MarkdownText {
    /**
     * A link target, with one level of brackets inside ("wiki/Foo_(bar)"). No bracket or text
     * class can run past the next bracket, so each attempt ends there and the scan stays linear.
     */
    private static final String TARGET = "(?:[^()\\n]|\\([^()\\n]*+\\))*+";
    private static final Pattern NOT_PROSE = Pattern.compile(
            "<!--.*?(?:-->|\\z)"                                // HTML comments (unclosed: to the end)
            + "|!\\[[^\\[\\]\\n]*+\\]\\(" + TARGET + "\\)"          // images
            + "|(?<=\\])\\(" + TARGET + "\\)"                       // link targets
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
