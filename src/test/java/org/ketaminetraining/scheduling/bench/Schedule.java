package org.ketaminetraining.scheduling.bench;

import java.util.List;
import org.ketaminetraining.scheduling.Review;
import org.ketaminetraining.scheduling.Scheduler;
import org.ketaminetraining.scheduling.queue.StudyItem;

/**
 * The scheduler one simulated learner is studying under. Fixed for every row of {@link SchedulerSimulation} but the
 * refitted one ({@link RefittedSchedule}), which overrides the hooks to keep the review log and swap its scheduler.
 * One instance per learner, so that learners can be simulated in parallel.
 */
class Schedule {

    private Scheduler scheduler;

    Schedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    void use(Scheduler next) {
        this.scheduler = next;
    }

    /** Called at the start of every simulated day, studied or not, before any review of that day. */
    void startOfDay(int day, List<StudyItem> items) {
    }

    /** Called after each review, with the index of the item reviewed. */
    void reviewed(int index, Review review) {
    }

    /** Called after the last day. */
    void endOfYear(List<StudyItem> items) {
    }
}
