package org.verbatim.extraction;

import java.util.List;
import java.util.Objects;

/**
 * A speaker of at least one quote in an article.
 *
 * @param name        canonical name: the fullest form the article uses ("Jane Q. Doe"), or the organisation as written
 * @param aliases     other forms the article uses for the same speaker (surname, descriptions such as "the spokesman")
 * @param role        title or function when the article states one, else {@code null}
 * @param affiliation country or organisation the role belongs to, else {@code null}
 */
public record ExtractedSpeaker(String name, List<String> aliases, String role, String affiliation, SpeakerKind kind) {
    public ExtractedSpeaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }
}
