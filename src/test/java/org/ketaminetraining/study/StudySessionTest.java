package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.study.StudySession.Position;

class StudySessionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DayBoundary BOUNDARY = DayBoundary.of(LONDON);
    /** 10:00 BST on Monday 15 September 2025: the study day began at 04:00. */
    private static final Instant NOW = local("2025-09-15T10:00");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    @Test
    void theSessionIsTodaysAnswersInTheCurrentProgramme() {
        List<LoggedAnswer> log = List.of(new LoggedAnswer(local("2025-09-15T03:59"), "ward", true),
                new LoggedAnswer(local("2025-09-15T04:00"), "ward", true),
                new LoggedAnswer(local("2025-09-15T09:00"), "ward", false),
                new LoggedAnswer(local("2025-09-15T09:30"), "theatre", true),
                new LoggedAnswer(local("2025-09-16T04:00"), "ward", true));

        StudySession.Window today = StudySession.today(BOUNDARY, NOW);

        assertThat(today).isEqualTo(new StudySession.Window(local("2025-09-15T04:00"), local("2025-09-16T04:00")));
        assertThat(StudySession.answered(log, "ward", today)).isEqualTo(2);
        assertThat(StudySession.answered(log, "theatre", today)).isEqualTo(1);
    }

    /** Issue 13: "Question 64 of 71" in an eight-question programme after a programme switch. */
    @Test
    void afterAProgrammeSwitchTheCounterStartsAgain() {
        List<LoggedAnswer> log = new ArrayList<>();
        for (int i = 0; i < 63; i++) {
            log.add(new LoggedAnswer(local("2025-09-15T08:00").plusSeconds(30L * i), "main", i % 3 == 0));
        }
        int answered = StudySession.answered(log, "demo", StudySession.today(BOUNDARY, NOW));

        assertThat(StudySession.position(answered, 8, false)).isEqualTo(new Position(1, 8));
        assertThat(StudySession.position(StudySession.answered(log, "main", StudySession.today(BOUNDARY, NOW)), 8,
                false)).isEqualTo(new Position(64, 71));
    }

    @Test
    void nCountsTheQuestionOnTheScreenOnceAndMAddsWhatIsWaiting() {
        // Three answered, the fourth on screen and five more waiting.
        assertThat(StudySession.position(3, 6, false)).isEqualTo(new Position(4, 9));
        // The fourth answered (now among the session's answers), feedback shown, five still waiting.
        assertThat(StudySession.position(4, 5, true)).isEqualTo(new Position(4, 9));
        // Answered in another tab before the session saw it: still question 1, never "of 0".
        assertThat(StudySession.position(0, 0, true)).isEqualTo(new Position(1, 1));
        assertThatThrownBy(() -> StudySession.position(-1, 0, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
