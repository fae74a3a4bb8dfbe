package org.ketaminetraining.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ketaminetraining.scheduling.CardState;
import org.ketaminetraining.scheduling.Phase;
import org.ketaminetraining.scheduling.fsrs.FsrsParameters;
import org.ketaminetraining.scheduling.fsrs.FsrsScheduler;
import org.ketaminetraining.scheduling.policy.DayBoundary;
import org.ketaminetraining.scheduling.policy.SchedulerPolicy;
import org.ketaminetraining.scheduling.queue.NewItemLimit;
import org.ketaminetraining.scheduling.queue.QueueEntry;
import org.ketaminetraining.scheduling.queue.StudyItem;
import org.ketaminetraining.scheduling.queue.StudyQueue;
import org.ketaminetraining.study.ReviewsDue.Counts;
import org.ketaminetraining.study.ReviewsDue.StudiedItem;

class ReviewsDueTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DayBoundary BOUNDARY = DayBoundary.of(LONDON);
    /** 10:00 BST on Monday 15 September 2025: the study day runs from 04:00 today to 04:00 tomorrow. */
    private static final Instant NOW = local("2025-09-15T10:00");

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    private static CardState review(Instant due) {
        return new CardState(Phase.REVIEW, 0, 10, 5, 0, 10, due, due.minus(Duration.ofDays(10)), 3, 0);
    }

    private static CardState step(Instant due) {
        return new CardState(Phase.LEARNING, 1, 2.3, 5, 0, 0, due, due.minus(Duration.ofMinutes(10)), 1, 0);
    }

    /** Named items: what each one is, and where it counts. */
    private static final List<String> IDS = List.of("overdue", "dueToday", "stepUp", "stepSoon", "stepLate",
            "tomorrow", "forward", "forwardButDue");
    private static final List<StudiedItem> ITEMS = List.of(
            new StudiedItem(review(local("2025-09-12T04:00")), false), // overdue since Friday: now
            new StudiedItem(review(local("2025-09-15T04:00")), false), // due this study day: now
            new StudiedItem(step(local("2025-09-15T09:55")), false), // a repeat whose minutes are up: now
            new StudiedItem(step(local("2025-09-15T10:08")), false), // a repeat in 8 minutes: later today
            new StudiedItem(step(local("2025-09-16T03:59")), false), // before the day ends at 04:00: later today
            new StudiedItem(review(local("2025-09-16T04:00")), false), // tomorrow's study day
            new StudiedItem(review(local("2025-10-15T04:00")), true), // brought forward: now
            new StudiedItem(review(local("2025-09-14T04:00")), true)); // brought forward and due anyway: now

    @Test
    void dueNowAndLaterTodayAreCountedByWhenStudyOffersEachQuestion() {
        Counts counts = ReviewsDue.at(ITEMS, BOUNDARY, NOW);

        assertThat(counts).isEqualTo(new Counts(5, 2));
        assertThat(counts.today()).isEqualTo(7);
        assertThat(ReviewsDue.next(ITEMS, NOW)).contains(local("2025-09-15T10:08"));
    }

    /** Issue 13: "Reviews due now 7" beside "Today 40" looked contradictory; today is now due now + later today. */
    @Test
    void theForecastsTodayIsDueNowPlusLaterToday() {
        List<DueForecast.DayCount> forecast = DueForecast.byDay(ReviewsDue.offeredAt(ITEMS, NOW), BOUNDARY, NOW, 7);

        assertThat(forecast.get(0).due()).isEqualTo(ReviewsDue.at(ITEMS, BOUNDARY, NOW).today()).isEqualTo(7);
        // The question brought forward counts today, not on its own due day a month away.
        assertThat(forecast.stream().mapToInt(DueForecast.DayCount::due).sum()).isEqualTo(8);
    }

    @Test
    void dueNowIsWhatTheStudyQueueOffersBesidesNewQuestions() {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsParameters.DEFAULT, SchedulerPolicy.defaults(LONDON));
        List<StudyItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            items.add(new StudyItem(IDS.get(i), "module", false, ITEMS.get(i).state()));
        }
        items.add(StudyItem.fresh("new", "module", false));

        long offered = new StudyQueue(scheduler).order(items, NOW, new NewItemLimit(10, 0),
                Set.of("forward", "forwardButDue")).stream()
                .filter(entry -> entry.reason() != QueueEntry.Reason.NEW).count();

        assertThat(offered).isEqualTo(ReviewsDue.at(ITEMS, BOUNDARY, NOW).now());
    }

    @Test
    void nothingLaterIsNothingNextAndANewQuestionIsNeverDue() {
        assertThat(ReviewsDue.next(ITEMS.subList(0, 3), NOW)).isEmpty();
        assertThat(ReviewsDue.at(List.of(), BOUNDARY, NOW)).isEqualTo(new Counts(0, 0));
        assertThatThrownBy(() -> new StudiedItem(CardState.NEW, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
