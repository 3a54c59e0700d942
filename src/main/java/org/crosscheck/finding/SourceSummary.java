package org.crosscheck.finding;

/** A source as the reports show it. {@code published} is ISO or null. */
public record SourceSummary(String id, String path, String title, String outlet, String published,
                            boolean publishedInferred, String story, String text, int bodyStart, int bodyEnd) {
}
