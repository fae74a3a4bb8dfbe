package org.ketaminetraining.bank.model;

import java.util.List;
import java.util.Optional;

/** The closed list of tags questions may carry (questions/tags.yaml). */
public record TagVocabulary(List<Tag> tags) {
    public TagVocabulary {
        tags = List.copyOf(tags);
    }

    public boolean contains(String tagId) {
        return tag(tagId).isPresent();
    }

    public Optional<Tag> tag(String tagId) {
        return tags.stream().filter(t -> t.id().equals(tagId)).findFirst();
    }

    public List<String> ids() {
        return tags.stream().map(Tag::id).toList();
    }
}
