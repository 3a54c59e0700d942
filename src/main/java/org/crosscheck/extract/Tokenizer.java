package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens in one linear pass over its characters: words, numbers, symbols and
 * punctuation. URLs, e-mail addresses, phone numbers, zero-led codes and letter-digit codes become
 * {@link Token.Type#SKIP} tokens: they hold digits but state no quantity. The few patterns tried
 * with regular expressions are tried only where they can start, and every quantifier in them is
 * bounded or possessive, so no input makes the pass slower than linear.
 */
final class Tokenizer {
    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)[ .-]?|\\d{3}[.-])\\d{3}[.-]\\d{4}(?!\\d)"
                    + "|\\+\\d{1,3}(?:[ .-]\\d{2,4}){2,4}+(?!\\d)"
                    + "|\\d{3}-\\d{4}(?![\\d-])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]{1,64}+@[\\w-]{1,63}+(?:\\.[\\w-]{1,63}+)++");
    private static final String SYMBOLS = "$€£¥₹₽%°+";

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matchers matchers = new Matchers(PHONE.matcher(text), EMAIL.matcher(text));
        int position = from;
        int previousEnd = from;
        boolean newline = false;
        while (position < to) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c)) {
                newline |= c == '\n' || c == '\r';
                position++;
                continue;
            }
            int letters = lettersEnd(text, position, to);
            int end = skipEnd(text, position, letters, to, matchers);
            Token.Type type = Token.Type.SKIP;
            if (end < 0) {
                end = Character.isLetter(c) ? wordEnd(text, position, letters, to)
                        : Character.isDigit(c) ? numberEnd(text, position, to) : position + 1;
                type = Character.isLetter(c) ? Token.Type.WORD
                        : Character.isDigit(c) ? Token.Type.NUMBER
                        : SYMBOLS.indexOf(c) >= 0 ? Token.Type.SYMBOL : Token.Type.PUNCT;
            }
            boolean space = position > previousEnd || tokens.isEmpty();
            tokens.add(new Token(text.substring(position, end), position, end, type, space, newline));
            previousEnd = end;
            position = end;
            newline = false;
        }
        return tokens;
    }

    /** The pass's matchers, reused at every position they are tried. */
    private record Matchers(Matcher phone, Matcher email) {
    }

    /** Where a URL, e-mail address, phone number or code starting here, its letters ending at {@code letters}, ends, or -1. */
    private static int skipEnd(String text, int position, int letters, int to, Matchers matchers) {
        char c = text.charAt(position);
        boolean mayBeUrl = c == 'h' || c == 'w';
        if (mayBeUrl && (text.startsWith("http://", position) || text.startsWith("https://", position)
                || text.startsWith("www.", position))) {
            int end = position;
            while (end < to && !Character.isWhitespace(text.charAt(end)) && "<>\"".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            return end;
        }
        boolean afterNumber = position > 0 && (Character.isDigit(text.charAt(position - 1))
                || ",.".indexOf(text.charAt(position - 1)) >= 0);
        if (mayOpenPhone(text, position, to) && !afterNumber) {
            Matcher phone = matchers.phone().region(position, to);
            if (phone.lookingAt()) {
                return phone.end();
            }
        }
        if (c == '0' && !afterNumber) {
            int end = digitsEnd(text, position, to);
            boolean decimal = end + 1 < to && ".,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
            if (end - position >= 3 && !decimal) {
                return end;
            }
        }
        if (!Character.isLetterOrDigit(c)) {
            return -1;
        }
        int run = letters;
        while (run < to && run - position < 65 && (Character.isLetterOrDigit(text.charAt(run)) || ".+-_".indexOf(text.charAt(run)) >= 0)) {
            run++;
        }
        if (run < to && text.charAt(run) == '@') {
            Matcher email = matchers.email().region(position, to);
            if (email.lookingAt()) {
                return email.end();
            }
        }
        if (letters > position && letters < to && Character.isDigit(text.charAt(letters))) {
            int end = letters;
            while (end < to && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            return end;
        }
        return -1;
    }

    /** Whether {@link #PHONE} can match here: it opens with "+d", "(d", "ddd." or "ddd-". */
    private static boolean mayOpenPhone(String text, int position, int to) {
        char c = text.charAt(position);
        if (c == '+' || c == '(') {
            return position + 1 < to && isAsciiDigit(text.charAt(position + 1));
        }
        return position + 3 < to && isAsciiDigit(c) && isAsciiDigit(text.charAt(position + 1))
                && isAsciiDigit(text.charAt(position + 2)) && ".-".indexOf(text.charAt(position + 3)) >= 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A word whose first letters end at {@code letters}: letters with inner apostrophes ("Monday's"),
     * "a.m." and "p.m.", or dotted initials ("U.S.").
     */
    private static int wordEnd(String text, int position, int letters, int to) {
        int initials = position;
        while (initials + 1 < to && Character.isLetter(text.charAt(initials)) && text.charAt(initials + 1) == '.'
                && (initials + 2 >= to || !Character.isLetter(text.charAt(initials + 2))
                        || initials + 3 < to && text.charAt(initials + 3) == '.')) {
            initials += 2;
        }
        if (initials - position >= 4) {
            return initials;
        }
        int end = letters;
        while (end + 1 < to && (text.charAt(end) == '\'' || text.charAt(end) == '’') && Character.isLetter(text.charAt(end + 1))) {
            end++;
            while (end < to && Character.isLetter(text.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    private static int lettersEnd(String text, int position, int to) {
        int end = position;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Digits with inner separators: "1,200", "4.5", "2025". */
    private static int numberEnd(String text, int position, int to) {
        int end = digitsEnd(text, position, to);
        while (end + 1 < to && ",.".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))) {
            end = digitsEnd(text, end + 1, to);
        }
        return end;
    }

    private static int digitsEnd(String text, int position, int to) {
        int end = position;
        while (end < to && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
