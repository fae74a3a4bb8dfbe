package org.ketaminetraining.bank.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionPlanTest {

    @Test
    void sortsEveryQuestionIntoExactlyOneOutcome() {
        RevisionPlan plan = RevisionPlan.of(
                Map.of("new-1", "f-new", "same-1", "f-same", "changed-1", "f-changed-v2", "back-1", "f-back"),
                Map.of("same-1", new RevisionPlan.Stored("f-same", false),
                        "changed-1", new RevisionPlan.Stored("f-changed-v1", false),
                        "back-1", new RevisionPlan.Stored("f-back", true),
                        "gone-1", new RevisionPlan.Stored("f-gone", false),
                        "gone-earlier", new RevisionPlan.Stored("f-old", true)));
        assertThat(plan.added()).containsExactly("new-1");
        assertThat(plan.revised()).containsExactly("changed-1");
        assertThat(plan.reinstated()).containsExactly("back-1");
        assertThat(plan.unchanged()).containsExactly("same-1");
        assertThat(plan.retired()).containsExactly("gone-1");
        assertThat(plan.isEmpty()).isFalse();
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        Map<String, String> files = Map.of("a", "fa", "b", "fb");
        RevisionPlan plan = RevisionPlan.of(files, Map.of("a", new RevisionPlan.Stored("fa", false),
                "b", new RevisionPlan.Stored("fb", false)));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.unchanged()).containsExactly("a", "b");
    }

    @Test
    void aRetiredQuestionThatComesBackChangedGetsANewRevision() {
        RevisionPlan plan = RevisionPlan.of(Map.of("q", "f2"), Map.of("q", new RevisionPlan.Stored("f1", true)));
        assertThat(plan.revised()).containsExactly("q");
        assertThat(plan.reinstated()).isEmpty();
    }
}
