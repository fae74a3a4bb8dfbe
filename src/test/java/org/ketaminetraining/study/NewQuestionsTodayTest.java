package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Rating;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.ReviewContext;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.queue.NewItemLimit;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.scheduling.queue.StudyQueue;

class NewQuestionsTodayTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DayBoundary BOUNDARY = DayBoundary.of(LONDON);
    /** 10:00 BST on Monday 15 September 2025. */
    private static final Instant NOW = local("2025-09-15T10:00");
    private static final StudySession.Window TODAY = StudySession.today(BOUNDARY, NOW);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    /** Yesterday's new questions, today's first answers in two programmes, and today's repeat answers. */
    private static final List<LoggedAnswer> LOG = List.of(
            new LoggedAnswer(local("2025-09-15T03:59"), "ward", true),
            new LoggedAnswer(local("2025-09-15T08:00"), "ward", true),
            new LoggedAnswer(local("2025-09-15T08:01"), "ward", true),
            new LoggedAnswer(local("2025-09-15T08:02"), "ward", false),
            new LoggedAnswer(local("2025-09-15T08:30"), "theatre", true),
            new LoggedAnswer(local("2025-09-15T08:31"), "theatre", true),
            new LoggedAnswer(local("2025-09-15T08:32"), "theatre", true),
            new LoggedAnswer(local("2025-09-15T08:40"), "theatre", false));

    @Test
    void theLimitIsSharedByEveryProgrammeAndCountsFirstAnswersOfToday() {
        NewQuestionsToday ward = NewQuestionsToday.of(10, LOG, "ward", TODAY, 20);

        assertThat(ward).isEqualTo(new NewQuestionsToday(10, 5, 3, 20));
        assertThat(ward.allowanceLeft()).isEqualTo(5);
        assertThat(ward.left()).isEqualTo(5);
        assertThat(ward.limitReached()).isFalse();
        assertThat(NewQuestionsToday.of(10, LOG, "theatre", TODAY, 20).startedInOtherProgrammes()).isEqualTo(2);
    }

    @Test
    void whatIsLeftIsNeverMoreThanTheProgrammesQuestionsNotStarted() {
        assertThat(NewQuestionsToday.of(10, LOG, "ward", TODAY, 2).left()).isEqualTo(2);
        NewQuestionsToday allStarted = NewQuestionsToday.of(10, LOG, "ward", TODAY, 0);
        assertThat(allStarted.left()).isZero();
        assertThat(allStarted.limitReached()).as("nothing to start: not the limit's doing").isFalse();
    }

    /** Issue 13: the limit used up in one programme left the other with "You're done for now" and no reason. */
    @Test
    void theLimitUsedUpInAnotherProgrammeIsTheReasonNoNewQuestionIsLeft() {
        NewQuestionsToday demo = NewQuestionsToday.of(5, LOG, "demo", TODAY, 8);

        assertThat(demo.left()).isZero();
        assertThat(demo.limitReached()).isTrue();
        assertThat(demo.startedInOtherProgrammes()).isEqualTo(demo.startedToday()).isEqualTo(5);
        assertThat(NewQuestionsToday.of(0, List.of(), "demo", TODAY, 8).limitReached()).isTrue();
    }

    @Test
    void whatIsLeftIsWhatTheStudyQueueOffers() {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(LONDON));
        List<StudyItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(StudyItem.fresh("new-" + i, "module-" + i % 3, false));
        }
        CardState started = scheduler.next(CardState.NEW, new Review(NOW.minus(Duration.ofHours(1)), Rating.GOOD),
                ReviewContext.of("started"));
        items.add(new StudyItem("started", "module-0", false, started));
        for (int perDay : new int[]{0, 3, 5, 10, 20}) {
            NewQuestionsToday fresh = NewQuestionsToday.of(perDay, LOG, "ward", TODAY, 12);
            long offered = new StudyQueue(scheduler).order(items, NOW,
                    new NewItemLimit(fresh.perDay(), fresh.startedToday())).stream()
                    .filter(entry -> entry.reason() == QueueEntry.Reason.NEW).count();
            assertThat(offered).as("new questions offered with a limit of %d", perDay).isEqualTo(fresh.left());
        }
    }

    @Test
    void countsAreChecked() {
        assertThatThrownBy(() -> new NewQuestionsToday(10, 2, 3, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewQuestionsToday(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
