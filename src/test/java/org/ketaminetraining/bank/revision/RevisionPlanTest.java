package org.ketaminetraining.bank.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RevisionPlanTest {

    private static RevisionPlan.Prints p(String content) {
        return new RevisionPlan.Prints(content, "m-" + content);
    }

    private static RevisionPlan.Stored stored(String content, boolean retired) {
        return new RevisionPlan.Stored(p(content), retired);
    }

    @Test
    void sortsEveryQuestionIntoExactlyOneOutcome() {
        RevisionPlan plan = RevisionPlan.of(
                Map.of("new-1", p("f-new"), "same-1", p("f-same"), "changed-1", p("f-changed-v2"), "back-1",
                        p("f-back")),
                Map.of("same-1", stored("f-same", false),
                        "changed-1", stored("f-changed-v1", false),
                        "back-1", stored("f-back", true),
                        "gone-1", stored("f-gone", false),
                        "gone-earlier", stored("f-old", true)));
        assertThat(plan.added()).containsExactly("new-1");
        assertThat(plan.revised()).containsExactly("changed-1");
        assertThat(plan.reinstated()).containsExactly("back-1");
        assertThat(plan.unchanged()).containsExactly("same-1");
        assertThat(plan.retired()).containsExactly("gone-1");
        assertThat(plan.changed()).containsExactly("new-1", "changed-1", "back-1", "gone-1");
        assertThat(plan.isEmpty()).isFalse();
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        RevisionPlan plan = RevisionPlan.of(Map.of("a", p("fa"), "b", p("fb")),
                Map.of("a", stored("fa", false), "b", stored("fb", false)));
        assertThat(plan.isEmpty()).isTrue();
        assertThat(plan.changed()).isEmpty();
        assertThat(plan.unchanged()).containsExactly("a", "b");
    }

    @Test
    void aRetiredQuestionThatComesBackChangedGetsANewRevision() {
        RevisionPlan plan = RevisionPlan.of(Map.of("q", p("f2")), Map.of("q", stored("f1", true)));
        assertThat(plan.revised()).containsExactly("q");
        assertThat(plan.reinstated()).isEmpty();
    }

    /** Issue 16: a file that only adds the safety-critical tag changed nothing, since tags were not fingerprinted. */
    @Test
    void aQuestionWhoseMetadataAloneChangedGetsANewRevision() {
        RevisionPlan plan = RevisionPlan.of(Map.of("q", new RevisionPlan.Prints("same", "tags-v2")),
                Map.of("q", new RevisionPlan.Stored(new RevisionPlan.Prints("same", "tags-v1"), false)));
        assertThat(plan.revised()).containsExactly("q");
    }

    @Test
    void aRevisionWithoutAMetadataFingerprintYetIsRevisedRatherThanTrusted() {
        RevisionPlan plan = RevisionPlan.of(Map.of("q", new RevisionPlan.Prints("same", "m")),
                Map.of("q", new RevisionPlan.Stored(new RevisionPlan.Prints("same", null), false)));
        assertThat(plan.revised()).containsExactly("q");
    }
}
