package org.crosscheck.source;

import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML article: its metadata from {@code <title>} and {@code <meta>} tags, and its text
 * laid over the original with all markup blanked out, so offsets still point into the file.
 */
final class HtmlText {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "nav",
            "footer", "aside", "form", "button", "svg");

    record Read(String text, Metadata metadata) {
    }

    private HtmlText() {
    }

    static Read read(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        char[] masked = blank(html);
        NodeTraversor.traverse(new TextCopier(html, masked), document.body() != null ? document.body() : document);
        return new Read(new String(masked), metadata(document));
    }

    private static char[] blank(String html) {
        char[] masked = new char[html.length()];
        for (int i = 0; i < masked.length; i++) {
            char c = html.charAt(i);
            masked[i] = c == '\n' || c == '\r' ? c : ' ';
        }
        return masked;
    }

    private static Metadata metadata(Document document) {
        Map<String, String> fields = new HashMap<>();
        for (Element meta : document.select("meta[name], meta[property]")) {
            String key = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).toLowerCase();
            String name = switch (key) {
                case "og:title", "title" -> "title";
                case "og:site_name", "publisher", "outlet" -> "outlet";
                case "article:published_time", "date", "published", "pubdate" -> "published";
                case "story", "crosscheck:story" -> "story";
                case "og:url" -> "url";
                default -> null;
            };
            if (name != null && !meta.attr("content").isBlank()) {
                fields.putIfAbsent(name, meta.attr("content"));
            }
        }
        if (!document.title().isBlank()) {
            fields.putIfAbsent("title", document.title());
        }
        return HeaderParser.fromMap(fields);
    }

    /** Copies each visible text node over the blanked page, at its own position. */
    private record TextCopier(String html, char[] masked) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text && !insideSkipped(text) && text.sourceRange().isTracked()) {
                int start = text.sourceRange().startPos();
                int end = Math.min(text.sourceRange().endPos(), masked.length);
                if (start >= 0) {
                    overlayDecoded(text.getWholeText(), start, end);
                }
            } else if (node instanceof Element element && element.isBlock() && element.sourceRange().isTracked()) {
                int start = element.sourceRange().startPos();
                if (start >= 0 && start < masked.length && masked[start] == ' ') {
                    masked[start] = '\n';
                }
            }
        }

        /** Entities make raw text longer than what it says: the decoded text goes first, spaces pad the rest. */
        private void overlayDecoded(String decoded, int start, int end) {
            int length = Math.min(decoded.length(), end - start);
            for (int i = 0; i < end - start; i++) {
                masked[start + i] = i < length ? decoded.charAt(i) : ' ';
            }
        }

        private static boolean insideSkipped(Node node) {
            for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
                if (parent instanceof Element element && SKIPPED.contains(element.normalName())) {
                    return true;
                }
            }
            return false;
        }
    }
}
