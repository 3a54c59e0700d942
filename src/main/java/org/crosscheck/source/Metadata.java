package org.crosscheck.source;

import java.time.LocalDate;

/** What a source says about itself: title, outlet, publication date and story, each possibly absent. */
public record Metadata(String title, String outlet, LocalDate published, boolean publishedInferred,
                       String story, String url) {

    public static final Metadata EMPTY = new Metadata(null, null, null, false, null, null);

    public Metadata withInferredPublished(LocalDate date) {
        return new Metadata(title, outlet, date, true, story, url);
    }

    /** Fields of {@code other} fill the ones this metadata lacks. */
    public Metadata orElse(Metadata other) {
        return new Metadata(
                title != null ? title : other.title,
                outlet != null ? outlet : other.outlet,
                published != null ? published : other.published,
                published != null ? publishedInferred : other.publishedInferred,
                story != null ? story : other.story,
                url != null ? url : other.url);
    }
}
