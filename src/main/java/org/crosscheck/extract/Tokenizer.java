package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens in one linear pass. Every quantifier is possessive, so no input can make
 * the pattern backtrack. URLs, e-mail addresses, phone numbers and letter-digit codes become
 * {@link Token.Type#SKIP} tokens: they hold digits but state no quantity.
 */
final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<skip>(?:https?://|www\\.)[^\\s<>\"]++"
                    + "|[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+)++"
                    + "|(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{3}[.-])\\d{3}[.-]\\d{4}(?!\\d)"
                    + "|\\+\\d{1,3}(?:[ .-]\\d{2,4}){2,4}+(?!\\d)"
                    + "|(?<![\\d,.])\\d{3}-\\d{4}(?![\\d-])"
                    + "|(?<![\\d,.])0\\d{2,}+(?![.,]?\\d)"
                    + "|\\p{L}++\\d[\\p{L}\\d]*+)"
                    + "|(?<word>(?i:[ap]\\.m\\.)(?!\\p{L})|(?:\\p{L}\\.){2,}+|\\p{L}++(?:['’]\\p{L}++)*+)"
                    + "|(?<number>\\d++(?:[.,]\\d++)*+)"
                    + "|(?<symbol>[$€£¥₹₽%°+])"
                    + "|(?<punct>\\S)");

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        int previousEnd = from;
        while (matcher.find()) {
            Token.Type type = matcher.group("skip") != null ? Token.Type.SKIP
                    : matcher.group("word") != null ? Token.Type.WORD
                    : matcher.group("number") != null ? Token.Type.NUMBER
                    : matcher.group("symbol") != null ? Token.Type.SYMBOL
                    : Token.Type.PUNCT;
            boolean space = matcher.start() > previousEnd || tokens.isEmpty();
            boolean newline = hasNewline(text, previousEnd, matcher.start());
            tokens.add(new Token(matcher.group(), matcher.start(), matcher.end(), type, space, newline));
            previousEnd = matcher.end();
        }
        return tokens;
    }

    private static boolean hasNewline(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return true;
            }
        }
        return false;
    }
}
