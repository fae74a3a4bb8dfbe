package org.ketaminetraining.bank.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A source that supports a question. The files require a title and at least one of a web address or a printed
 * citation; both may be present.
 */
public record Reference(String title, Optional<String> url, Optional<String> citation) {
    public Reference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(citation, "citation");
    }

    public static Reference withUrl(String title, String url) {
        return new Reference(title, Optional.of(url), Optional.empty());
    }
}
