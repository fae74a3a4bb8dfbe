package org.ketaminetraining.bank.service.authoring;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What the editor offers to choose from for one module's questions: the module's learning objectives (a question
 * serves one of its own module's) and the bank's tag vocabulary (a question carries only those tags), each with the
 * sentence that tells an author what it means.
 */
public record EditorChoices(String moduleKey, String moduleTitle, List<Choice> objectives, List<Choice> tags)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One objective or tag: its id as the files write it, and its text (objective) or description (tag). */
    public record Choice(String id, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public EditorChoices {
        objectives = List.copyOf(objectives);
        tags = List.copyOf(tags);
    }

    public Optional<Choice> objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Optional<Choice> tag(String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
