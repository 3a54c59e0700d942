package org.crosscheck.finding;

/**
 * A source as the reports show it. {@code published} is ISO or null; {@code copyOf} is the id of
 * the source it copies (the first of its copy family), or null; {@code storyKey} is the story the
 * source names itself (front matter or header {@code story}), or null.
 */
public record SourceSummary(String id, String path, String title, String outlet, String published,
                            boolean publishedInferred, String story, String copyOf, String text, int bodyStart,
                            int bodyEnd, String storyKey) {

    public SourceSummary(String id, String path, String title, String outlet, String published,
                         boolean publishedInferred, String story, String copyOf, String text, int bodyStart,
                         int bodyEnd) {
        this(id, path, title, outlet, published, publishedInferred, story, copyOf, text, bodyStart, bodyEnd, null);
    }
}
