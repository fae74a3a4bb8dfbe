package org.ketaminetraining.bank.authoring;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ketaminetraining.bank.model.Objective;
import org.ketaminetraining.bank.model.TagVocabulary;

/**
 * What a draft is checked against: its module as the bank holds it (id, title, objectives), the bank's tag
 * vocabulary, and the ids every other question of the bank (and every other open draft) already uses.
 *
 * @param takenIds ids of other questions; the draft's own id must not be among them (a question being edited is
 *     not "another question")
 */
public record CheckContext(String moduleId, String moduleTitle, List<Objective> objectives, TagVocabulary vocabulary,
        Set<String> takenIds) {

    public CheckContext {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(moduleTitle, "moduleTitle");
        objectives = List.copyOf(objectives);
        Objects.requireNonNull(vocabulary, "vocabulary");
        takenIds = Set.copyOf(takenIds);
    }
}
