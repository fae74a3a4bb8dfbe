package org.ketaminetraining.bank.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebChangeConflictsTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:15:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private static RevisionPlan.Prints p(String content) {
        return new RevisionPlan.Prints(content, "meta");
    }

    private static WebChangeConflicts.Pending published(String key, int revision, String content) {
        return new WebChangeConflicts.Pending(key, revision, false, AT, p(content));
    }

    @Test
    void filesThatHoldExactlyWhatWasPublishedAreAcceptedAndClearThePendingFlag() {
        WebChangeConflicts.Outcome outcome = WebChangeConflicts.check(Map.of("dose-003", p("v4"), "other", p("x")),
                List.of(published("dose-003", 4, "v4"),
                        new WebChangeConflicts.Pending("gone-1", 2, true, AT, p("old"))),
                List.of(), ZONE);
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.agreeing()).containsExactly("dose-003", "gone-1");
    }

    @Test
    void filesThatDisagreeWithAPendingWebChangeAreRefusedNamingEachQuestion() {
        WebChangeConflicts.Outcome outcome = WebChangeConflicts.check(
                Map.of("dose-003", p("file content"), "pk-002", p("still here")),
                List.of(published("dose-003", 4, "v4"), published("new-web-1", 1, "n"),
                        new WebChangeConflicts.Pending("pk-002", 3, true, AT, p("still here"))),
                List.of(), ZONE);
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.agreeing()).isEmpty();
        assertThat(outcome.problems()).hasSize(3);
        assertThat(outcome.problems().get(0)).isEqualTo("question dose-003: revision 4 was published in the browser "
                + "on 7 Dec 2026, 10:15 GMT and is not exported; the file holds other content. Export changes first, "
                + "then edit the exported file (or make the file's question the same as the published one)");
        assertThat(outcome.problems().get(1)).startsWith("question new-web-1: revision 1 was published")
                .contains("the files do not hold the question");
        assertThat(outcome.problems().get(2)).startsWith("question pk-002 was retired in the browser")
                .contains("the files still hold it");
    }

    @Test
    void metadataCountsAsMuchAsContent() {
        WebChangeConflicts.Outcome outcome = WebChangeConflicts.check(
                Map.of("q", new RevisionPlan.Prints("same", "other tags")), List.of(published("q", 2, "same")),
                List.of(), ZONE);
        assertThat(outcome.refused()).isTrue();
    }

    @Test
    void aFileNamingAQuestionBeingWrittenInTheBrowserIsRefused() {
        WebChangeConflicts.Outcome outcome = WebChangeConflicts.check(Map.of("dose-025", p("x")), List.of(),
                List.of(new WebChangeConflicts.BeingWritten("dose-025", "alice", AT),
                        new WebChangeConflicts.BeingWritten("dose-026", "bob", AT)),
                ZONE);
        assertThat(outcome.problems()).containsExactly("question dose-025 is being written in the browser as a new "
                + "question (started by alice on 7 Dec 2026, 10:15 GMT), so its id is taken; give the question in "
                + "the file another id");
    }
}
