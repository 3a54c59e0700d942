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
    /** The string of each ASCII character, shared: most punctuation tokens are one of these. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Scan scan = new Scan(text, to);
        int position = from;
        int previousEnd = from;
        boolean newline = false;
        while (position < to) {
            char c = scan.chars[position];
            if (Characters.isWhitespace(c)) {
                newline |= c == '\n' || c == '\r';
                position++;
                continue;
            }
            int letters = lettersEnd(scan.chars, position, to);
            int end = skipEnd(scan, position, letters, to);
            Token.Type type = Token.Type.SKIP;
            if (end < 0) {
                end = Characters.isLetter(c) ? wordEnd(scan.chars, position, letters, to)
                        : Characters.isDigit(c) ? numberEnd(scan.chars, position, to) : position + 1;
                type = Characters.isLetter(c) ? Token.Type.WORD
                        : Characters.isDigit(c) ? Token.Type.NUMBER
                        : SYMBOLS.indexOf(c) >= 0 ? Token.Type.SYMBOL : Token.Type.PUNCT;
            }
            boolean space = position > previousEnd || tokens.isEmpty();
            String word = end == position + 1 && c < ASCII.length ? ASCII[c] : text.substring(position, end);
            tokens.add(new Token(word, position, end, type, space, newline));
            previousEnd = end;
            position = end;
            newline = false;
        }
        return tokens;
    }

    /**
     * The text being split, also as an array (read faster than the string, above all one that holds
     * characters beyond Latin-1), the matchers of the pass, made when first needed and then reused,
     * and the next '@' an e-mail address needs.
     */
    private static final class Scan {
        private final String text;
        private final char[] chars;
        private Matcher phone;
        private Matcher email;
        private int nextAt = -1;

        Scan(String text, int to) {
            this.text = text;
            this.chars = new char[to];
            text.getChars(0, to, chars, 0);
        }

        Matcher phone() {
            if (phone == null) {
                phone = PHONE.matcher(text);
            }
            return phone;
        }

        Matcher email() {
            if (email == null) {
                email = EMAIL.matcher(text);
            }
            return email;
        }

        /** The first '@' at or after {@code position}, or the text's length. */
        int atFrom(int position) {
            if (nextAt < position) {
                int at = text.indexOf('@', position);
                nextAt = at < 0 ? text.length() : at;
            }
            return nextAt;
        }
    }

    /** Where a URL, e-mail address, phone number or code starting here, its letters ending at {@code letters}, ends, or -1. */
    private static int skipEnd(Scan scan, int position, int letters, int to) {
        String text = scan.text;
        char[] chars = scan.chars;
        char c = chars[position];
        boolean mayBeUrl = c == 'h' || c == 'w';
        if (mayBeUrl && (text.startsWith("http://", position) || text.startsWith("https://", position)
                || text.startsWith("www.", position))) {
            int end = position;
            while (end < to && !Characters.isWhitespace(chars[end]) && "<>\"".indexOf(chars[end]) < 0) {
                end++;
            }
            return end;
        }
        boolean afterNumber = position > 0 && (Characters.isDigit(chars[position - 1])
                || ",.".indexOf(chars[position - 1]) >= 0);
        if (mayOpenPhone(chars, position, to) && !afterNumber) {
            Matcher phone = scan.phone().region(position, to);
            if (phone.lookingAt()) {
                return phone.end();
            }
        }
        if (c == '0' && !afterNumber) {
            int end = digitsEnd(chars, position, to);
            boolean decimal = end + 1 < to && ".,".indexOf(chars[end]) >= 0 && Characters.isDigit(chars[end + 1]);
            if (end - position >= 3 && !decimal) {
                return end;
            }
        }
        if (!Characters.isLetterOrDigit(c)) {
            return -1;
        }
        int at = scan.atFrom(letters);
        if (at < to && at <= Math.max(letters, position + 65)) {
            int run = letters;
            while (run < to && run - position < 65 && (Characters.isLetterOrDigit(chars[run]) || ".+-_".indexOf(chars[run]) >= 0)) {
                run++;
            }
            if (run == at) {
                Matcher email = scan.email().region(position, to);
                if (email.lookingAt()) {
                    return email.end();
                }
            }
        }
        if (letters > position && letters < to && Characters.isDigit(chars[letters])) {
            int end = letters;
            while (end < to && Characters.isLetterOrDigit(chars[end])) {
                end++;
            }
            return end;
        }
        return -1;
    }

    /** Whether {@link #PHONE} can match here: it opens with "+d", "(d", "ddd." or "ddd-". */
    private static boolean mayOpenPhone(char[] chars, int position, int to) {
        char c = chars[position];
        if (c == '+' || c == '(') {
            return position + 1 < to && Characters.isAsciiDigit(chars[position + 1]);
        }
        return position + 3 < to && Characters.isAsciiDigit(c) && Characters.isAsciiDigit(chars[position + 1])
                && Characters.isAsciiDigit(chars[position + 2]) && ".-".indexOf(chars[position + 3]) >= 0;
    }

    /**
     * A word whose first letters end at {@code letters}: letters with inner apostrophes ("Monday's"),
     * "a.m." and "p.m.", or dotted initials ("U.S.").
     */
    private static int wordEnd(char[] chars, int position, int letters, int to) {
        int initials = position;
        while (initials + 1 < to && Characters.isLetter(chars[initials]) && chars[initials + 1] == '.'
                && (initials + 2 >= to || !Characters.isLetter(chars[initials + 2])
                        || initials + 3 < to && chars[initials + 3] == '.')) {
            initials += 2;
        }
        if (initials - position >= 4) {
            return initials;
        }
        int end = letters;
        while (end + 1 < to && (chars[end] == '\'' || chars[end] == '’') && Characters.isLetter(chars[end + 1])) {
            end++;
            while (end < to && Characters.isLetter(chars[end])) {
                end++;
            }
        }
        return end;
    }

    private static int lettersEnd(char[] chars, int position, int to) {
        int end = position;
        while (end < to && Characters.isLetter(chars[end])) {
            end++;
        }
        return end;
    }

    /** Digits with inner separators: "1,200", "4.5", "2025". */
    private static int numberEnd(char[] chars, int position, int to) {
        int end = digitsEnd(chars, position, to);
        while (end + 1 < to && ",.".indexOf(chars[end]) >= 0 && Characters.isDigit(chars[end + 1])) {
            end = digitsEnd(chars, end + 1, to);
        }
        return end;
    }

    private static int digitsEnd(char[] chars, int position, int to) {
        int end = position;
        while (end < to && Characters.isDigit(chars[end])) {
            end++;
        }
        return end;
    }
}
